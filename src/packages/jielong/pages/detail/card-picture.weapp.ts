// weapp: paints the 接龙 card's picture (src/domain/jielong-card) on the page's hidden 2D canvas
// and answers its temporary file, which the share card uses as its imageUrl.
import { CARD_HEIGHT, CARD_WIDTH, jielongCardLayout, type CardContent } from '@/domain/jielong-card'
import { canvasFile, canvasFont, canvasNode, canvasPicture } from '@/services/canvas-2d.weapp'
import { loadPictures, measureWith, paintSteps } from '@/services/paint-steps'
import { CARD_CANVAS_ID } from './card-canvas'

/** Twice the card's size, so it stays sharp on a phone's screen. */
const SCALE = 2

export async function drawCardPicture(content: CardContent): Promise<string | null> {
  const canvas = await canvasNode(CARD_CANVAS_ID)
  canvas.width = CARD_WIDTH * SCALE
  canvas.height = CARD_HEIGHT * SCALE
  const ctx = canvas.getContext('2d')
  ctx.scale(SCALE, SCALE)
  const steps = jielongCardLayout(content, measureWith(ctx, canvasFont))
  const pictures = await loadPictures(steps, (src) => canvasPicture(canvas, src))
  paintSteps(ctx, steps, canvasFont, pictures)
  return canvasFile(canvas)
}
