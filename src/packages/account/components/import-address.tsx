// Type of the WeChat address import. Taro picks import-address.weapp.tsx or
// import-address.h5.tsx by file name when building; this file is what tsc sees.
export { ImportAddress } from './import-address.h5'
