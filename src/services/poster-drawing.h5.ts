// H5: draws the share poster on an off-screen <canvas> and hands back a PNG data URL; saving
// downloads it (a phone browser also lets the shopper long-press the picture).
import { POSTER_HEIGHT, POSTER_WIDTH, posterLayout, type PosterContent } from '@/domain/entry-poster'

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
  const measure = (text: string, size: number, bold?: boolean) => {
    ctx.font = fontOf(size, bold)
    return ctx.measureText(text).width
  }
  const steps = posterLayout(content, measure)
  const images = new Map<string, HTMLImageElement | null>()
  await Promise.all(
    steps.map(async (step) => {
      if (step.kind === 'image' && !images.has(step.src)) images.set(step.src, await loadImage(step.src))
    }),
  )
  if (!images.get(content.code)) throw new Error('poster code image failed to load')
  ctx.textBaseline = 'top'
  for (const step of steps) {
    if (step.kind === 'rect') {
      ctx.fillStyle = step.color
      ctx.fillRect(step.x, step.y, step.width, step.height)
    } else if (step.kind === 'image') {
      const image = images.get(step.src)
      if (image) ctx.drawImage(image, step.x, step.y, step.width, step.height)
    } else {
      ctx.font = fontOf(step.size, step.bold)
      ctx.fillStyle = step.color
      ctx.fillText(step.text, step.x, step.y)
    }
  }
  return canvas.toDataURL('image/png')
}

export async function savePoster(src: string): Promise<'saved' | 'preview'> {
  const link = document.createElement('a')
  link.href = src
  link.download = 'xiaodian-poster.png'
  document.body.appendChild(link)
  link.click()
  link.remove()
  return 'saved'
}
