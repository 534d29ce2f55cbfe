// H5: the picked file (a blob: URL from chooseMedia) is POSTed as it is to the local cloud,
// which keeps it under DATA_DIR and answers the path to store.
import { AppError, appErrorFromWire } from '@/domain/errors'
import { isResponseEnvelope } from '@/domain/envelope'
import { API_BASE } from './config'
import { currentIdentity } from './identity'

/** Uploads one picked image; resolves with its stored path (/files/uploads/…). */
export async function uploadImage(filePath: string): Promise<string> {
  let answer: unknown
  try {
    const file = await (await fetch(filePath)).blob()
    const identity = currentIdentity()
    const headers: Record<string, string> = { 'content-type': file.type || 'application/octet-stream' }
    if (identity.devOpenid) headers['x-openid'] = identity.devOpenid
    if (identity.token) headers.authorization = `Bearer ${identity.token}`
    const response = await fetch(`${API_BASE}/files/uploads`, { method: 'POST', headers, body: file })
    answer = await response.json()
  } catch (error) {
    throw new AppError('NETWORK_FAILED', '图片上传失败，请检查网络后重试', { cause: String(error) })
  }
  if (!isResponseEnvelope(answer)) throw new AppError('INTERNAL', '图片上传失败')
  if (!answer.ok) throw appErrorFromWire(answer.error)
  return (answer.data as { url: string }).url
}
