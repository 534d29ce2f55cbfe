// Type of the hand-off gate. Taro picks handoff-gate.h5.ts or handoff-gate.weapp.ts by file name
// when building; this file is what tsc and jest see, and it behaves like H5.
export { handedOff } from './handoff-gate.h5'
