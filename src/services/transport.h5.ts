// H5: POST {API}/fn/{function} with the envelope; identity travels in headers.
import Taro from '@tarojs/taro'
import { API_BASE } from './config'
import type { Transport } from './transport-types'

export type { Transport, TransportRequest } from './transport-types'

export const transport: Transport = async ({ fn, action, data, identity }) => {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (identity.devOpenid) headers['x-openid'] = identity.devOpenid
  if (identity.token) headers.authorization = `Bearer ${identity.token}`
  const response = await Taro.request({
    url: `${API_BASE}/fn/${encodeURIComponent(fn)}`,
    method: 'POST',
    header: headers,
    data: { action, data },
    dataType: 'json',
    timeout: 15000,
  })
  return response.data
}
