// Carries out drawing steps (src/domain/entry-poster's DrawStep) on a 2D canvas context: what the
// share poster (H5 and weapp), the 接龙 sheet images and the 接龙 card picture share. Each
// platform brings its canvas, its fonts and its way to load pictures.
import type { DrawStep } from '@/domain/entry-poster'

/** The slice of CanvasRenderingContext2D both platforms offer. */
export interface PaintContext<Picture> {
  font: string
  fillStyle: string | CanvasGradient | CanvasPattern
  textBaseline: CanvasTextBaseline
  measureText(text: string): { width: number }
  fillRect(x: number, y: number, width: number, height: number): void
  drawImage(image: Picture, x: number, y: number, width: number, height: number): void
  fillText(text: string, x: number, y: number): void
}

export type FontOf = (size: number, bold?: boolean) => string

/** The layouts' text measure, answered by the context's own font metrics. */
export function measureWith<Picture>(ctx: PaintContext<Picture>, fontOf: FontOf) {
  return (text: string, size: number, bold?: boolean): number => {
    ctx.font = fontOf(size, bold)
    return ctx.measureText(text).width
  }
}

/** Loads every picture the steps draw, each once; a picture that fails to load is null. */
export async function loadPictures<Picture>(steps: readonly DrawStep[], load: (src: string) => Promise<Picture | null>): Promise<Map<string, Picture | null>> {
  const sources = [...new Set(steps.flatMap((step) => (step.kind === 'image' ? [step.src] : [])))]
  const loaded = await Promise.all(sources.map(load))
  return new Map(sources.map((src, i) => [src, loaded[i]]))
}

/** Paints the steps in order; a picture that did not load leaves its placeholder showing. */
export function paintSteps<Picture>(ctx: PaintContext<Picture>, steps: readonly DrawStep[], fontOf: FontOf, pictures: ReadonlyMap<string, Picture | null>): void {
  ctx.textBaseline = 'top'
  for (const step of steps) {
    if (step.kind === 'rect') {
      ctx.fillStyle = step.color
      ctx.fillRect(step.x, step.y, step.width, step.height)
    } else if (step.kind === 'image') {
      const picture = pictures.get(step.src)
      if (picture) ctx.drawImage(picture, step.x, step.y, step.width, step.height)
    } else {
      ctx.font = fontOf(step.size, step.bold)
      ctx.fillStyle = step.color
      ctx.fillText(step.text, step.x, step.y)
    }
  }
}
