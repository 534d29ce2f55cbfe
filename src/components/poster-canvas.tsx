// weapp: the hidden 2D canvas the share poster is painted on (services/poster-drawing.weapp).
// The H5 build draws on a canvas of its own: see poster-canvas.h5.tsx.
import { Canvas } from '@tarojs/components'
import { POSTER_CANVAS_ID } from '@/services/poster-canvas-id'

export function PosterCanvas() {
  return <Canvas type='2d' id={POSTER_CANVAS_ID} className='share-poster__canvas' />
}
