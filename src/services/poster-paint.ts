// Paints the share poster's layout on a 2D canvas context: the part H5's <canvas> and weapp's
// 2D <Canvas> share. A poster without its code picture is no use, so that one must load.
import { posterLayout, type PosterContent } from '@/domain/entry-poster'
import { loadPictures, measureWith, paintSteps, type FontOf, type PaintContext } from './paint-steps'

export async function paintPoster<Picture>(
  ctx: PaintContext<Picture>,
  content: PosterContent,
  fontOf: FontOf,
  loadImage: (src: string) => Promise<Picture | null>,
): Promise<void> {
  const steps = posterLayout(content, measureWith(ctx, fontOf))
  const pictures = await loadPictures(steps, loadImage)
  if (!pictures.get(content.code)) throw new Error('poster code image failed to load')
  paintSteps(ctx, steps, fontOf, pictures)
}
