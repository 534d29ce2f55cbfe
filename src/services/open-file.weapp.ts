// weapp: download the temporary URL, then open it in WeChat's document viewer (which can
// forward it to a chat or save it).
import Taro from '@tarojs/taro'
import { AppError } from '@/domain/errors'

export async function openExportFile(url: string, fileName: string): Promise<void> {
  try {
    const { tempFilePath } = await Taro.downloadFile({ url })
    const fileType = fileName.endsWith('.csv') ? 'csv' : 'xlsx'
    await Taro.openDocument({ filePath: tempFilePath, fileType: fileType as 'xlsx', showMenu: true })
  } catch (error) {
    throw new AppError('NETWORK_FAILED', '文件打开失败，请重试', { cause: String((error as { errMsg?: string })?.errMsg ?? error) })
  }
}
