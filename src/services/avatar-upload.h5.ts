// H5: the local cloud keeps no uploaded files, so the chosen picture is shrunk on the device to
// a 132×132 JPEG (WeChat's own avatar size) and saved as a small data: URL.
import { AVATAR_DATA_URL_MAX } from '@/domain/account'
import { AppError } from '@/domain/errors'

const SIZE = 132

export async function uploadAvatar(localPath: string): Promise<string> {
  const blob = await (await fetch(localPath)).blob()
  const bitmap = await createImageBitmap(blob)
  const side = Math.min(bitmap.width, bitmap.height)
  const canvas = document.createElement('canvas')
  canvas.width = SIZE
  canvas.height = SIZE
  const context = canvas.getContext('2d')
  if (!context) throw new AppError('INTERNAL', '无法处理这张图片')
  // Centre crop to a square, like WeChat's avatar editor.
  context.drawImage(bitmap, (bitmap.width - side) / 2, (bitmap.height - side) / 2, side, side, 0, 0, SIZE, SIZE)
  const url = canvas.toDataURL('image/jpeg', 0.85)
  if (url.length > AVATAR_DATA_URL_MAX) throw new AppError('VALIDATION_FAILED', '图片太大，请换一张')
  return url
}
