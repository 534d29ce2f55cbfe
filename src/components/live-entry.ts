// Entering a live room: Taro picks live-entry.weapp.ts (the live plugin) or live-entry.h5.ts
// (our room page) by file name; this file is what tsc and jest see.
export { enterLiveRoom } from './live-entry.h5'
