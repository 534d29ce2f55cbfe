// weapp: paints the 接龙 sheet's images (src/domain/jielong-sheet-layout) on the page's hidden
// 2D <Canvas> and hands them to WeChat's share-image sheet (send to a chat, save, favourite;
// base library 2.14.3+). Older base libraries save the image to the album instead, which
// goes through the privacy consent sheet the page hosts.
import Taro from '@tarojs/taro'
import type { SheetImages } from '@/domain/jielong-sheet-layout'
import { saveImageToAlbum } from '@/services/privacy-apis'
import { canvasFile, canvasFont, canvasNode } from '@/services/canvas-2d.weapp'
import { paintSteps } from '@/services/paint-steps'

export const SHEET_CANVAS_ID = 'jielong-sheet-canvas'

/** Draws every image in turn on the one canvas; returns their temporary file paths. */
export async function drawSheetImages(layout: SheetImages): Promise<string[]> {
  const canvas = await canvasNode(SHEET_CANVAS_ID)
  const paths: string[] = []
  for (const image of layout.images) {
    // Resizing clears the canvas and resets its context: each image starts blank.
    canvas.width = layout.width
    canvas.height = image.height
    paintSteps(canvas.getContext('2d'), image.steps, canvasFont, new Map())
    paths.push(await canvasFile(canvas))
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
