// Type of the platform privacy bridge. Taro picks privacy-platform.weapp.ts or
// privacy-platform.h5.ts by file name when building; this file is what tsc and jest see.
export * from './privacy-platform.h5'
