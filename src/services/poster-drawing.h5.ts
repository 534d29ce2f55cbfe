// H5: draws the share poster on an off-screen <canvas> and hands back a PNG data URL; saving
// downloads it (a phone browser also lets the shopper long-press the picture).
import { POSTER_HEIGHT, POSTER_WIDTH, type PosterContent } from '@/domain/entry-poster'
import { paintPoster } from './poster-paint'

const SCALE = 2

function loadImage(src: string): Promise<HTMLImageElement | null> {
  return new Promise((resolve) => {
    const image = new Image()
    // Pictures from another origin must allow it, or the canvas could not be exported.
    image.crossOrigin = 'anonymous'
    image.onload = () => resolve(image)
    image.onerror = () => resolve(null)
    image.src = src
  })
}

const fontOf = (size: number, bold?: boolean) => `${bold ? 'bold ' : ''}${size}px -apple-system, 'PingFang SC', 'Noto Sans CJK SC', sans-serif`

export async function drawPoster(content: PosterContent): Promise<string> {
  const canvas = document.createElement('canvas')
  canvas.width = POSTER_WIDTH * SCALE
  canvas.height = POSTER_HEIGHT * SCALE
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('canvas 2d unavailable')
  ctx.scale(SCALE, SCALE)
  await paintPoster(ctx, content, fontOf, loadImage)
  return canvas.toDataURL('image/png')
}

export async function savePoster(src: string): Promise<'saved' | 'preview' | 'refused'> {
  const link = document.createElement('a')
  link.href = src
  link.download = 'xiaodian-poster.png'
  document.body.appendChild(link)
  link.click()
  link.remove()
  return 'saved'
}
