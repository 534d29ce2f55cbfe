// Type of the nickname 保存 button. Taro picks nickname-save.weapp.tsx or nickname-save.h5.tsx by
// file name when building; this file is what tsc sees.
export { NicknameSave } from './nickname-save.h5'
