// weapp: photos go to WeChat cloud storage; the cloud:// file id is what products and
// reviews store, and <Image> shows it directly.
import Taro from '@tarojs/taro'
import { AppError } from '@/domain/errors'

function extensionOf(filePath: string): string {
  const match = /\.(jpe?g|png|gif|webp)$/i.exec(filePath)
  return match ? match[1].toLowerCase().replace('jpeg', 'jpg') : 'jpg'
}

export async function uploadImage(filePath: string): Promise<string> {
  const name = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}.${extensionOf(filePath)}`
  try {
    const { fileID } = await Taro.cloud.uploadFile({ cloudPath: `uploads/${name}`, filePath })
    return fileID
  } catch (error) {
    throw new AppError('NETWORK_FAILED', '图片上传失败，请检查网络后重试', { cause: String((error as { errMsg?: string })?.errMsg ?? error) })
  }
}
