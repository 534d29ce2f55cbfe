// Cloud storage for the console's files (WECHAT-API.md: wx-server-sdk uploadFile, downloadFile,
// getTempFileURL). Exports go to exports/<random token>/<name>, a private path, and are handed
// out as a temporary URL that expires; imports are read only from this environment's uploads.
import { randomBytes } from 'node:crypto'
import { readFileSync, rmSync } from 'node:fs'
import { AppError } from '../../../src/domain/errors'
import type { FileAdapter } from '../platform'
import type { WxCloud } from './sdk'

/** What the app's Taro.cloud.uploadFile writes: cloud://<env>.<bucket>/uploads/<name>.xlsx|csv */
const CLOUD_SHEET = /^cloud:\/\/[A-Za-z0-9_.-]{1,128}\/uploads\/[A-Za-z0-9_-]{1,64}\.(xlsx|csv)$/

export function wechatFiles(cloud: WxCloud): FileAdapter {
  return {
    async publishExport({ localPath, fileName, expiresAt }) {
      const token = randomBytes(24).toString('base64url')
      const { fileID } = await cloud.uploadFile({ cloudPath: `exports/${token}/${fileName}`, fileContent: readFileSync(localPath) })
      rmSync(localPath, { force: true })
      const maxAge = Math.max(60, Math.floor((expiresAt.getTime() - Date.now()) / 1000))
      const { fileList } = await cloud.getTempFileURL({ fileList: [{ fileID, maxAge }] as never })
      const url = fileList[0]?.tempFileURL
      if (!url) throw new AppError('INTERNAL', '导出文件保存失败，请重试')
      return { url }
    },
    async readUpload(fileUrl, maxBytes) {
      if (!CLOUD_SHEET.test(fileUrl)) throw new AppError('VALIDATION_FAILED', '请先在本页上传 .xlsx 或 .csv 文件')
      const { fileContent } = await cloud.downloadFile({ fileID: fileUrl })
      if (fileContent.length > maxBytes) throw new AppError('VALIDATION_FAILED', '文件过大')
      return fileContent
    },
  }
}
