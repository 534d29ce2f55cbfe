// Type of the photo upload. Taro picks upload.weapp.ts or upload.h5.ts by file name when
// building; this file is what tsc and jest see, and it behaves like H5.
export { uploadImage } from './upload.h5'
