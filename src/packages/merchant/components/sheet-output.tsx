// Type of the sheet's output button. Taro picks sheet-output.h5.tsx (print) or
// sheet-output.weapp.tsx (copy as text) by file name; this file is what tsc and jest see.
export { SheetOutput } from './sheet-output.h5'
