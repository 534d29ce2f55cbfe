// Cloud Pay (WECHAT-API.md section 1): unifiedOrder opens a JSAPI payment whose callback runs
// the `payment` function (payment.notify); refund gives money back, also reported to `payment`.
import { randomBytes } from 'node:crypto'
import type { PayAdapter } from '../platform'
import type { WxCloud } from './sdk'

/** The function WeChat calls back; its entry routes the callback to payment.notify. */
const CALLBACK_FUNCTION = 'payment'

function subMchId(): string {
  const id = process.env.WECHAT_SUB_MCH_ID
  if (!id) throw new Error('WECHAT_SUB_MCH_ID is not set: Cloud Pay needs the sub-merchant id')
  return id
}

/** The environment whose `payment` function hears the callbacks. */
function envId(cloud: WxCloud): string | undefined {
  return process.env.WECHAT_ENV_ID || cloud.getWXContext().ENV
}

const nonce = () => randomBytes(16).toString('hex')

/** body is at most 128 bytes (refund_desc 80): cut whole characters. */
export function payBody(text: string, maxBytes = 128): string {
  let out = ''
  for (const char of text) {
    if (Buffer.byteLength(out + char) > maxBytes) break
    out += char
  }
  return out || '订单'
}

/** time_expire: yyyyMMddHHmmss in China time (UTC+8), whatever the function's own zone. */
export function chinaTimestamp(date: Date): string {
  const china = new Date(date.getTime() + 8 * 3600_000).toISOString()
  return china.slice(0, 19).replace(/[-T:]/g, '')
}

function checkAnswer(what: string, res: { returnCode?: string; resultCode?: string; errCodeDes?: string; returnMsg?: string }): void {
  if (res.returnCode !== 'SUCCESS' || res.resultCode !== 'SUCCESS') {
    throw new Error(`cloudPay.${what} failed: ${res.errCodeDes ?? res.returnMsg ?? JSON.stringify(res)}`)
  }
}

export function wechatPay(cloud: WxCloud): PayAdapter {
  return {
    provider: 'wechat',
    async unifiedOrder(request) {
      const res = await cloud.cloudPay.unifiedOrder({
        functionName: CALLBACK_FUNCTION,
        envId: envId(cloud),
        subMchId: subMchId(),
        nonceStr: nonce(),
        body: payBody(request.description),
        outTradeNo: request.orderId,
        // An integer: a string total_fee is refused (WECHAT-API.md section 1).
        totalFee: request.amount,
        spbillCreateIp: '127.0.0.1',
        tradeType: 'JSAPI',
        timeExpire: chinaTimestamp(request.expiresAt),
      })
      checkAnswer('unifiedOrder', res)
      return res.payment
    },
    // CloudPay.refund (WECHAT-API.md section 1): functionName and envId name the function the
    // refund result is reported to (`payment`, routed to payment.refundNotify by its fields);
    // the rest are WeChat Pay's own snake_case fields, which the SDK passes through. A retry
    // reuses out_refund_no, as WeChat asks ("请使用原商户退款单号"). UNCONFIRMED: that
    // getWXContext().ENV is set inside a timer trigger as in a user's call (the SDK reads it
    // from TCB_ENV); WECHAT_ENV_ID overrides it.
    async refund(request) {
      const res = await cloud.cloudPay.refund({
        functionName: CALLBACK_FUNCTION,
        envId: envId(cloud),
        sub_mch_id: subMchId(),
        nonce_str: nonce(),
        out_trade_no: request.orderId,
        out_refund_no: request.refundNo,
        total_fee: request.total,
        refund_fee: request.amount,
        refund_desc: payBody(request.reason, 80),
      })
      checkAnswer('refund', res)
      // Accepted is not refunded: the refund callback reports the outcome.
      return { status: 'pending' }
    },
  }
}
