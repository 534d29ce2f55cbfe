// Type of the consent sheet. Taro picks privacy-sheet.weapp.tsx or privacy-sheet.h5.tsx by file
// name when building; this file is what tsc sees. Pages get it through withPrivacySheet.
export { PrivacySheet } from './privacy-sheet.h5'
