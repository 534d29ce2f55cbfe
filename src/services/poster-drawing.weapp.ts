// weapp: draws the share poster on the hidden 2D <Canvas> (see components/poster-canvas) and
// saves it to the photo album; when album access is refused, the picture opens in preview,
// where a long press saves or forwards it.
import Taro from '@tarojs/taro'
import { POSTER_HEIGHT, POSTER_WIDTH, type PosterContent } from '@/domain/entry-poster'
import { paintPoster } from './poster-paint'
import { saveImageToAlbum } from './privacy-apis'
import { POSTER_CANVAS_ID } from './poster-canvas-id'
import { canvasFile, canvasFont, canvasNode, canvasPicture } from './canvas-2d.weapp'

const SCALE = 2

export async function drawPoster(content: PosterContent): Promise<string> {
  const canvas = await canvasNode(POSTER_CANVAS_ID)
  canvas.width = POSTER_WIDTH * SCALE
  canvas.height = POSTER_HEIGHT * SCALE
  const ctx = canvas.getContext('2d')
  ctx.scale(SCALE, SCALE)
  await paintPoster(ctx, content, canvasFont, (src) => canvasPicture(canvas, src))
  return canvasFile(canvas)
}

export async function savePoster(src: string): Promise<'saved' | 'preview' | 'refused'> {
  const saved = await saveImageToAlbum(src)
  // A refused privacy consent was already explained in a modal; a preview on top would hide it.
  if (saved !== 'failed') return saved
  await Taro.previewImage({ urls: [src], current: src })
  return 'preview'
}
