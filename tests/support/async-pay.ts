// The payment platform as WeChat behaves for refunds: an accepted refund is only `pending`, its
// result comes later as a refund notice (here: refundNoticeFor). Every ask is recorded; `refuse`
// makes the next asks fail the way a platform error does (e.g. NOTENOUGH, a timeout).
import type { Ctx } from '../../cloud/context'
import type { Database } from '../../cloud/db/client'
import { dispatch, type Answer } from '../../cloud/dispatch'
import { registry } from '../../cloud/functions'
import { localPlatform } from '../../cloud/platform/local'
import type { Platform, RefundRequest } from '../../cloud/platform/platform'
import { testCtx, type CallOptions } from './test-db'

export interface AsyncPay {
  platform: Platform
  asks: RefundRequest[]
  /** While set, asks throw this message. */
  refuse: string | null
}

export function asyncPay(): AsyncPay {
  const local = localPlatform()
  const state: AsyncPay = {
    asks: [],
    refuse: null,
    platform: {
      ...local,
      pay: {
        ...local.pay,
        async refund(request) {
          state.asks.push(request)
          if (state.refuse) throw new Error(state.refuse)
          return { status: 'pending' }
        },
      },
    },
  }
  return state
}

/** Calls an action with this platform, like test-db's call(). */
export function callWith(platform: Platform, database: Database, fn: string, action: string, data: unknown = {}, options: CallOptions = {}): Promise<Answer> {
  const ctx: Ctx = { ...testCtx(database, options), platform }
  return dispatch(registry, fn, { action, data }, ctx)
}

/** A refund notice as Cloud Pay reports it to the callback function (camelCase, like a payment's). */
export function refundNoticeFor(refund: { id: string; orderId: string; amount: number }, refundStatus: string, extra: Record<string, unknown> = {}) {
  return {
    returnCode: 'SUCCESS',
    appid: 'wx0000',
    mchId: '1900000109',
    subMchId: '1900000110',
    nonceStr: 'n',
    transactionId: `4200${refund.orderId}`,
    outTradeNo: refund.orderId,
    refundId: `5030${refund.orderId}`,
    outRefundNo: refund.id,
    totalFee: refund.amount,
    refundFee: refund.amount,
    settlementRefundFee: refund.amount,
    refundStatus,
    successTime: '2026-11-25 14:03:05',
    refundRecvAccout: '支付用户零钱',
    refundAccount: 'REFUND_SOURCE_UNSETTLED_FUNDS',
    refundRequestSource: 'API',
    ...extra,
  }
}
