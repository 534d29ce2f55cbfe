// The WeChat cloud function entry: one per function, bundled by scripts/bundle-functions.ts.
// Identity comes from the platform (getWXContext().OPENID), never from the payload; timer
// triggers and payment callbacks run as the platform. The database is PostgreSQL at
// DATABASE_URL (set in the cloud function's environment).
import type { ResponseEnvelope } from '../../src/domain/envelope'
import type { Ctx } from '../context'
import { openDatabase, type Database } from '../db/client'
import { dispatch, type Registry } from '../dispatch'
import type { FunctionTable } from '../operation'
import { isRefundNotice } from '../payment/callback-kind'
import { wechatPlatform } from '../platform/wechat'
import type { WxCloud } from '../platform/wechat/sdk'

interface Routed {
  envelope: unknown
  platform: boolean
}

/** A timer trigger ({ Type: 'Timer', TriggerName, Time }): the trigger's name is the action. */
function timerEnvelope(event: Record<string, unknown>): Routed {
  return { envelope: { action: event.TriggerName, data: {} }, platform: true }
}

/**
 * A Cloud Pay callback: the function named in unifiedOrder and in refund hears both. A refund's
 * result carries the refund fields (outRefundNo, refundStatus…) and goes to refundNotify.
 */
function payCallbackEnvelope(event: Record<string, unknown>): Routed {
  return { envelope: { action: isRefundNotice(event) ? 'refundNotify' : 'notify', data: event }, platform: true }
}

/** Callers that are people (the app, DevTools, HTTP access), whatever their payload says. */
const USER_SOURCES = ['wx_client', 'wx_devtools', 'wx_http', 'wx_localdebug']

/**
 * A message push (云开发→设置→其他设置→消息推送) arrives as the bare JSON message. Only the
 * asynchronous media verdict is routed; a person's call that merely looks like one (the app
 * adds `userInfo`, and its SOURCE says so) stays a user call and is refused by dispatch.
 */
function isMediaCheckPush(event: Record<string, unknown>, sources: string[]): boolean {
  return event.MsgType === 'event' && event.Event === 'wxa_media_check' && !('userInfo' in event) && !sources.some((s) => USER_SOURCES.includes(s))
}

/** The media-check verdict (wxa_media_check), matched to its image by trace_id. */
function mediaCheckEnvelope(event: Record<string, unknown>): Routed {
  return { envelope: { action: 'mediaCheckResult', data: event }, platform: true }
}

/** A call from the Mini Program (Taro.cloud.callFunction): { action, data }. */
function clientEnvelope(event: Record<string, unknown>): Routed {
  const { action, data } = event
  return { envelope: { action, data }, platform: false }
}

/** Turns a platform event into the envelope our dispatch understands. */
export function envelopeOf(event: Record<string, unknown>, source: string): Routed {
  // SOURCE is set by WeChat, not by the caller: only it can make a call the platform's.
  const sources = source.split(',')
  if (sources.includes('wx_trigger')) return timerEnvelope(event)
  if (sources.includes('wx_paycallback')) return payCallbackEnvelope(event)
  if (isMediaCheckPush(event, sources)) return mediaCheckEnvelope(event)
  return clientEnvelope(event)
}

/**
 * The `main` of one cloud function. Each bundle carries only its own dispatch table, so a
 * function ships the code of its actions and not the whole backend.
 */
export function createWechatMain(functionName: string, table: FunctionTable) {
  const registry: Registry = { [functionName]: table }
  // Required lazily so that tests and the local server never load wx-server-sdk.
  const cloud: WxCloud = require('wx-server-sdk')
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  let database: Promise<Database> | null = null

  return async function main(event: Record<string, unknown>): Promise<ResponseEnvelope | { errcode: number; errmsg: string }> {
    const context = cloud.getWXContext()
    const { envelope, platform } = envelopeOf(event ?? {}, context.SOURCE ?? '')
    if (!database) {
      const url = process.env.DATABASE_URL
      if (!url) throw new Error('DATABASE_URL is not set for this cloud function')
      database = openDatabase({ url, poolSize: 5 })
      database.catch(() => (database = null))
    }
    const ctx: Ctx = {
      db: (await database).db,
      identity: !platform && context.OPENID ? { openid: context.OPENID } : null,
      caller: platform ? 'platform' : 'user',
      platform: wechatPlatform(cloud),
      now: () => new Date(),
      production: true,
      // Set by WeChat for calls from the Mini Program, also without OPENID (single-page mode).
      clientIp: context.CLIENTIP || context.CLIENTIPV6 || undefined,
    }
    const answer = await dispatch(registry, functionName, envelope, ctx)
    // The payment platform retries (two days for payments) unless it gets { errcode: 0 }, so
    // it gets it only once the payment or refund result is recorded.
    if (context.SOURCE?.includes('wx_paycallback')) {
      return answer.body.ok ? { errcode: 0, errmsg: '' } : { errcode: 1, errmsg: answer.body.error.code }
    }
    return answer.body
  }
}
