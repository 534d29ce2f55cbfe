// weapp: Taro.cloud.callFunction; WeChat attaches the caller's OPENID, so no identity is sent.
import Taro from '@tarojs/taro'
import type { Transport } from './transport-types'

export type { Transport, TransportRequest } from './transport-types'

let initialised = false

function cloud() {
  if (!initialised) {
    Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || undefined, traceUser: true })
    initialised = true
  }
  return Taro.cloud
}

export const transport: Transport = async ({ fn, action, data }) => {
  const result = await cloud().callFunction({ name: fn, data: { action, data } })
  return result.result
}
