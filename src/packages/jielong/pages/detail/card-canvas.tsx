// weapp: the hidden 2D canvas the 接龙 card's picture is painted on (card-picture.weapp.ts).
// H5 has no chat card to paint: see card-canvas.h5.tsx.
import { Canvas } from '@tarojs/components'

export const CARD_CANVAS_ID = 'jielong-card-canvas'

export function CardCanvas() {
  return <Canvas type='2d' id={CARD_CANVAS_ID} className='jielong__card-canvas' />
}
