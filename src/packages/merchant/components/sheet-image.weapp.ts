// weapp: paints the 接龙 sheet's images (src/domain/jielong-sheet-layout) on the page's hidden
// 2D <Canvas> and hands them to WeChat's share-image sheet (send to a chat, save, favourite;
// base library 2.14.3+). Older base libraries save the image to the album instead, which
// goes through the privacy consent sheet the page hosts.
import Taro from '@tarojs/taro'
import type { SheetImages } from '@/domain/jielong-sheet-layout'
import { saveImageToAlbum } from '@/services/privacy-apis'

export const SHEET_CANVAS_ID = 'jielong-sheet-canvas'

function canvasNode(): Promise<any> {
  return new Promise((resolve, reject) => {
    Taro.createSelectorQuery()
      .select(`#${SHEET_CANVAS_ID}`)
      .fields({ node: true, size: true })
      .exec((res) => (res?.[0]?.node ? resolve(res[0].node) : reject(new Error('sheet canvas not found'))))
  })
}

const fontOf = (size: number, bold?: boolean) => `${bold ? 'bold ' : ''}${size}px sans-serif`

/** Draws every image in turn on the one canvas; returns their temporary file paths. */
export async function drawSheetImages(layout: SheetImages): Promise<string[]> {
  const canvas = await canvasNode()
  const paths: string[] = []
  for (const image of layout.images) {
    // Resizing clears the canvas and resets its context: each image starts blank.
    canvas.width = layout.width
    canvas.height = image.height
    const ctx = canvas.getContext('2d')
    ctx.textBaseline = 'top'
    for (const step of image.steps) {
      if (step.kind === 'rect') {
        ctx.fillStyle = step.color
        ctx.fillRect(step.x, step.y, step.width, step.height)
      } else if (step.kind === 'text') {
        ctx.font = fontOf(step.size, step.bold)
        ctx.fillStyle = step.color
        ctx.fillText(step.text, step.x, step.y)
      }
    }
    const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas, fileType: 'png' } as any)
    paths.push(tempFilePath)
  }
  return paths
}

/** 'shared': WeChat's share sheet opened; 'saved' / 'refused' / 'failed': the album fallback's outcome. */
export async function shareSheetImage(path: string): Promise<'shared' | 'saved' | 'refused' | 'failed'> {
  if (Taro.canIUse('showShareImageMenu')) {
    try {
      // Callbacks, not a promise: Taro passes this API through unwrapped (it is not in its promisified list).
      await new Promise<void>((resolve, reject) => Taro.showShareImageMenu({ path, success: () => resolve(), fail: reject }))
      return 'shared'
    } catch (error) {
      // Closing the sheet is not a failure worth a word.
      if (/cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? ''))) return 'shared'
      throw error
    }
  }
  const saved = await saveImageToAlbum(path)
  if (saved === 'saved') void Taro.showToast({ title: '备货单图片已保存到相册', icon: 'none' })
  if (saved === 'failed') await Taro.previewImage({ urls: [path], current: path })
  return saved
}
