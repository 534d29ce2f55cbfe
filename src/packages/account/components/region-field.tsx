// Type of the region field. Taro picks region-field.weapp.tsx or region-field.h5.tsx by file
// name when building; this file is what tsc sees.
export { RegionField, regionErrors } from './region-field.h5'
