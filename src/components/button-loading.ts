// Taro picks button-loading.h5.ts or button-loading.weapp.ts when building; tsc and jest see
// this one, which loads nothing.
export {}
