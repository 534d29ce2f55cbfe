// Asks, at a tap, for one-shot subscribe messages for the merchant's alerts. Taro picks
// alert-subscribe.weapp.ts or alert-subscribe.h5.ts when building; this twin is what tsc and jest see.
export { askAlertMessages } from './alert-subscribe.h5'
