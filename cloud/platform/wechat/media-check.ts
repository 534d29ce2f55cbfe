// security.mediaCheckAsync version 2 (WECHAT-API.md section 4): WeChat downloads the image
// itself, so it needs a public URL; a cloud file id becomes one through getTempFileURL. The
// verdict comes back later as the wxa_media_check message push (cloud/media/record-verdict).
import { AppError } from '../../../src/domain/errors'
import type { MediaCheckAdapter } from '../platform'
import type { WxCloud } from './sdk'

/** The openapi names this adapter calls, by method, for the functions' config.json permissions. */
export const MEDIA_CHECK_OPENAPI = { checkImage: ['security.mediaCheckAsync'] }

async function downloadableUrl(cloud: WxCloud, image: string): Promise<string> {
  if (!image.startsWith('cloud://')) return image
  const { fileList } = await cloud.getTempFileURL({ fileList: [image] })
  const file = fileList?.[0]
  if (!file || file.status !== 0 || !file.tempFileURL) {
    // A file id that names no file of ours: the user's upload is gone or was never made.
    throw new AppError('VALIDATION_FAILED', '图片不存在或已失效，请重新上传', { image, errMsg: file?.errMsg })
  }
  return file.tempFileURL
}

export function wechatMediaCheck(cloud: WxCloud): MediaCheckAdapter {
  return {
    async checkImage({ image, openid, scene }) {
      const mediaUrl = await downloadableUrl(cloud, image)
      const res = await cloud.openapi.security.mediaCheckAsync({ mediaUrl, mediaType: 2, version: 2, openid, scene })
      return { traceId: String(res.traceId) }
    },
  }
}
