// weapp: chooseAvatar hands over a temporary file (already checked by WeChat's image security
// from base library 2.24.4); it is kept in cloud storage and the profile stores its cloud:// id.
import Taro from '@tarojs/taro'

export async function uploadAvatar(localPath: string): Promise<string> {
  const extension = /\.(png|jpe?g|webp)$/i.exec(localPath)?.[1] ?? 'jpg'
  const name = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}.${extension}`
  const { fileID } = await Taro.cloud.uploadFile({ cloudPath: `avatars/${name}`, filePath: localPath })
  return fileID
}
