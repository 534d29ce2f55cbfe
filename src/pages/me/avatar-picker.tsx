// Type of the avatar picker. Taro picks avatar-picker.weapp.tsx or avatar-picker.h5.tsx by file
// name when building; this file is what tsc sees.
export { AvatarPicker } from './avatar-picker.h5'
