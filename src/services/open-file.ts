// Opens an exported spreadsheet: a download on H5, Taro.openDocument on weapp.
export { openExportFile } from './open-file.h5'
