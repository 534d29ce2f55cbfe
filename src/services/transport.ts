// Type of the platform transport. Taro picks transport.weapp.ts or transport.h5.ts by file
// name when building; this file is what tsc and jest see, and it behaves like H5.
export type { Transport, TransportRequest } from './transport-types'
export { transport } from './transport.h5'
