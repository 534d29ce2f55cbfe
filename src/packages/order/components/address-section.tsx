// The checkout's address input: a form on H5, WeChat's address book on weapp. Taro picks the
// .h5/.weapp file when building; this twin is what tsc and jest see.
export * from './address-section.h5'
