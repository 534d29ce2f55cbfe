// H5: the local cloud keeps no uploaded files, so the chosen picture is shrunk on the device to
// a 132×132 JPEG (WeChat's own avatar size) and saved as a small data: URL.
import { AVATAR_DATA_URL_MAX } from '@/domain/account'
import { AppError } from '@/domain/errors'

const SIZE = 132

export async function uploadAvatar(localPath: string): Promise<string> {
  // An <img>, not fetch(): naming fetch makes the H5 build bundle its fetch polyfill (~9 KB gzip)
  // into the first load.
  const bitmap = new Image()
  bitmap.src = localPath
  await bitmap.decode().catch(() => {
    throw new AppError('VALIDATION_FAILED', '无法读取这张图片，请换一张')
  })
  const side = Math.min(bitmap.naturalWidth, bitmap.naturalHeight)
  const canvas = document.createElement('canvas')
  canvas.width = SIZE
  canvas.height = SIZE
  const context = canvas.getContext('2d')
  if (!context) throw new AppError('INTERNAL', '无法处理这张图片')
  // Centre crop to a square, like WeChat's avatar editor.
  context.drawImage(bitmap, (bitmap.naturalWidth - side) / 2, (bitmap.naturalHeight - side) / 2, side, side, 0, 0, SIZE, SIZE)
  const url = canvas.toDataURL('image/jpeg', 0.85)
  if (url.length > AVATAR_DATA_URL_MAX) throw new AppError('VALIDATION_FAILED', '图片太大，请换一张')
  return url
}
