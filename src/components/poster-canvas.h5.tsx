// H5 draws the poster on a canvas it creates itself (services/poster-drawing.h5).
export function PosterCanvas() {
  return null
}
