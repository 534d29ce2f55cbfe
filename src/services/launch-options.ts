// Taro picks launch-options.weapp.ts or launch-options.h5.ts when building; this file is what
// tsc and jest see, and it behaves like H5.
export { readLaunchOptions } from './launch-options.h5'
