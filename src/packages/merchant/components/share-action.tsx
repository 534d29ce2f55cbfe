// Type of the share button. Taro picks share-action.weapp.tsx (the share sheet) or
// share-action.h5.tsx (copy the link) by file name; this file is what tsc and jest see.
export { ShareAction } from './share-action.h5'
