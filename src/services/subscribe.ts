// Asks, at a tap, for the one-shot permission to send order messages (paid, shipped). Taro
// picks subscribe.weapp.ts or subscribe.h5.ts when building; this twin is what tsc and jest see.
export { askOrderMessages, ORDER_TEMPLATE_IDS } from './subscribe.h5'
