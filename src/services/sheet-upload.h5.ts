// H5: a file input picks the sheet; it is POSTed to the local cloud's upload route.
import { AppError, appErrorFromWire } from '@/domain/errors'
import { isResponseEnvelope } from '@/domain/envelope'
import { API_BASE } from './config'
import { currentIdentity } from './identity'

function pick(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.xlsx,.csv'
    input.onchange = () => resolve(input.files?.[0] ?? null)
    input.click()
  })
}

export async function pickAndUploadSheet(): Promise<{ fileUrl: string; name: string } | null> {
  const file = await pick()
  if (!file) return null
  let answer: unknown
  try {
    const identity = currentIdentity()
    const headers: Record<string, string> = { 'content-type': file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : 'application/octet-stream' }
    if (identity.devOpenid) headers['x-openid'] = identity.devOpenid
    if (identity.token) headers.authorization = `Bearer ${identity.token}`
    const response = await fetch(`${API_BASE}/files/uploads`, { method: 'POST', headers, body: file })
    answer = await response.json()
  } catch (error) {
    throw new AppError('NETWORK_FAILED', '文件上传失败，请检查网络后重试', { cause: String(error) })
  }
  if (!isResponseEnvelope(answer)) throw new AppError('INTERNAL', '文件上传失败')
  if (!answer.ok) throw appErrorFromWire(answer.error)
  return { fileUrl: (answer.data as { url: string }).url, name: file.name }
}
