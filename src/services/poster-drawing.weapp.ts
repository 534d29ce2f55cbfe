// weapp: draws the share poster on the hidden 2D <Canvas> (see components/poster-canvas) and
// saves it to the photo album; when album access is refused, the picture opens in preview,
// where a long press saves or forwards it.
import Taro from '@tarojs/taro'
import { POSTER_HEIGHT, POSTER_WIDTH, type PosterContent } from '@/domain/entry-poster'
import { paintPoster } from './poster-paint'
import { saveImageToAlbum } from './privacy-apis'
import { POSTER_CANVAS_ID } from './poster-canvas-id'

const SCALE = 2

function canvasNode(): Promise<any> {
  return new Promise((resolve, reject) => {
    Taro.createSelectorQuery()
      .select(`#${POSTER_CANVAS_ID}`)
      .fields({ node: true, size: true })
      .exec((res) => (res?.[0]?.node ? resolve(res[0].node) : reject(new Error('poster canvas not found'))))
  })
}

/** Canvas images need a local path: getImageInfo downloads network pictures and cloud files. */
async function localPath(src: string): Promise<string> {
  try {
    return (await Taro.getImageInfo({ src })).path
  } catch (error) {
    if (!src.startsWith('cloud://')) throw error
    return (await Taro.cloud.downloadFile({ fileID: src })).tempFilePath
  }
}

function loadImage(canvas: any, src: string): Promise<any | null> {
  return localPath(src).then(
    (path) =>
      new Promise((resolve) => {
        const image = canvas.createImage()
        image.onload = () => resolve(image)
        image.onerror = () => resolve(null)
        image.src = path
      }),
    () => null,
  )
}

const fontOf = (size: number, bold?: boolean) => `${bold ? 'bold ' : ''}${size}px sans-serif`

export async function drawPoster(content: PosterContent): Promise<string> {
  const canvas = await canvasNode()
  canvas.width = POSTER_WIDTH * SCALE
  canvas.height = POSTER_HEIGHT * SCALE
  const ctx = canvas.getContext('2d')
  ctx.scale(SCALE, SCALE)
  await paintPoster(ctx, content, fontOf, (src) => loadImage(canvas, src))
  const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas, fileType: 'png' } as any)
  return tempFilePath
}

export async function savePoster(src: string): Promise<'saved' | 'preview' | 'refused'> {
  const saved = await saveImageToAlbum(src)
  // A refused privacy consent was already explained in a modal; a preview on top would hide it.
  if (saved !== 'failed') return saved
  await Taro.previewImage({ urls: [src], current: src })
  return 'preview'
}
