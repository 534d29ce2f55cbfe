// Paints the share poster's layout on a 2D canvas context: the part H5's <canvas> and weapp's
// 2D <Canvas> share. Each platform brings its canvas, its fonts and its way to load pictures.
import { posterLayout, type PosterContent } from '@/domain/entry-poster'

/** The slice of CanvasRenderingContext2D both platforms offer. */
export interface PosterContext<Picture> {
  font: string
  fillStyle: string | CanvasGradient | CanvasPattern
  textBaseline: CanvasTextBaseline
  measureText(text: string): { width: number }
  fillRect(x: number, y: number, width: number, height: number): void
  drawImage(image: Picture, x: number, y: number, width: number, height: number): void
  fillText(text: string, x: number, y: number): void
}

export async function paintPoster<Picture>(
  ctx: PosterContext<Picture>,
  content: PosterContent,
  fontOf: (size: number, bold?: boolean) => string,
  loadImage: (src: string) => Promise<Picture | null>,
): Promise<void> {
  const measure = (text: string, size: number, bold?: boolean) => {
    ctx.font = fontOf(size, bold)
    return ctx.measureText(text).width
  }
  const steps = posterLayout(content, measure)
  const images = new Map<string, Picture | null>()
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
}
