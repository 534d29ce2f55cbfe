// Picks a spreadsheet and uploads it through our own upload path; resolves with what
// merchant.importProducts takes as fileUrl, or null when nothing was picked.
export { pickAndUploadSheet } from './sheet-upload.h5'
