// The room's stage: Taro picks room-stage.weapp.tsx (the live plugin) or room-stage.h5.tsx (a
// video player) by file name; this file is what tsc and jest see.
export { RoomStage } from './room-stage.h5'
