// Taro picks poster-drawing.weapp.ts or poster-drawing.h5.ts when building; this file is what
// tsc and jest see, and it behaves like H5.
export { drawPoster, savePoster } from './poster-drawing.h5'
