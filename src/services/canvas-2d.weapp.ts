// weapp: the page's hidden 2D <Canvas> as a drawing surface. One copy of what the share poster,
// the 接龙 sheet images and the 接龙 card picture each need: the canvas node, pictures loaded
// onto it, a font, and the export to a temporary file.
import Taro from '@tarojs/taro'

/** The canvas node behind `<Canvas type='2d' id={id}>` on the current page. */
export function canvasNode(id: string): Promise<any> {
  return new Promise((resolve, reject) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res) => (res?.[0]?.node ? resolve(res[0].node) : reject(new Error(`canvas #${id} not found`))))
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

/** A picture ready to draw on `canvas`, or null when it cannot be had. */
export function canvasPicture(canvas: any, src: string): Promise<any | null> {
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

export const canvasFont = (size: number, bold?: boolean) => `${bold ? 'bold ' : ''}${size}px sans-serif`

/** The canvas as a PNG in WeChat's temporary files. */
export async function canvasFile(canvas: any): Promise<string> {
  const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas, fileType: 'png' } as any)
  return tempFilePath
}
