// Type of the avatar upload. Taro picks avatar-upload.weapp.ts or avatar-upload.h5.ts by file
// name when building; this file is what tsc and jest see.
export { uploadAvatar } from './avatar-upload.h5'
