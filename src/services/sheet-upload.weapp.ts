// weapp: the sheet comes from a chat (chooseMessageFile) and goes to cloud storage under
// uploads/, the only place merchant.importProducts reads from.
import Taro from '@tarojs/taro'
import { AppError } from '@/domain/errors'
import { chooseChatFile } from './privacy-apis'

export async function pickAndUploadSheet(): Promise<{ fileUrl: string; name: string } | null> {
  const picked = await chooseChatFile(['xlsx', 'csv'])
  if (!picked) return null
  const ext = picked.name.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx'
  const name = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}.${ext}`
  try {
    const { fileID } = await Taro.cloud.uploadFile({ cloudPath: `uploads/${name}`, filePath: picked.path })
    return { fileUrl: fileID, name: picked.name }
  } catch (error) {
    throw new AppError('NETWORK_FAILED', '文件上传失败，请检查网络后重试', { cause: String((error as { errMsg?: string })?.errMsg ?? error) })
  }
}
