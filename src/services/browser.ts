// Taro picks browser.weapp.ts or browser.h5.ts when building; this file is what tsc and jest
// see, and it behaves like H5.
export { openUrl, userAgent } from './browser.h5'
