// Type of the platform login. Taro picks wechat-login.weapp.ts or wechat-login.h5.ts by file
// name when building; this file is what tsc and jest see, and it behaves like H5.
export { needsSession, loginCode } from './wechat-login.h5'
