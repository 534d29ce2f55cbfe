import { envelopeOf } from './entry'

describe('envelopeOf: platform events become envelopes', () => {
  it('passes a user call through as { action, data }, dropping what WeChat adds', () => {
    expect(envelopeOf({ action: 'getStore', data: { storeId: 's' }, userInfo: { openId: 'x' } }, 'wx_client')).toEqual({
      envelope: { action: 'getStore', data: { storeId: 's' } },
      platform: false,
    })
  })

  it('runs a timer trigger as the platform, its trigger name being the action', () => {
    expect(envelopeOf({ Type: 'Timer', TriggerName: 'tick', Time: '2026-11-25T00:00:00Z' }, 'wx_trigger')).toEqual({
      envelope: { action: 'tick', data: {} },
      platform: true,
    })
  })

  it('routes a payment callback to notify with the whole event as data', () => {
    const event = { outTradeNo: 'o1', totalFee: 100, resultCode: 'SUCCESS' }
    expect(envelopeOf(event, 'wx_paycallback,scf')).toEqual({ envelope: { action: 'notify', data: event }, platform: true })
  })

  it('does not let a user call pretend to be a callback or a timer by its payload alone', () => {
    expect(envelopeOf({ action: 'notify', data: {} }, 'wx_client').platform).toBe(false)
    expect(envelopeOf({ Type: 'Timer', TriggerName: 'tick' }, 'wx_client').platform).toBe(false)
  })

  const push = {
    ToUserName: 'gh_1',
    FromUserName: 'o-user',
    CreateTime: 1_765_000_000,
    MsgType: 'event',
    Event: 'wxa_media_check',
    appid: 'wx1',
    trace_id: 't-1',
    version: 2,
    result: { suggest: 'risky', label: 20002 },
    detail: [],
  }

  it('routes the wxa_media_check message push to mediaCheckResult as the platform', () => {
    expect(envelopeOf(push, '')).toEqual({ envelope: { action: 'mediaCheckResult', data: push }, platform: true })
    expect(envelopeOf(push, 'wx_unknown,scf')).toEqual({ envelope: { action: 'mediaCheckResult', data: push }, platform: true })
  })

  it('does not let the app forge a media verdict', () => {
    expect(envelopeOf(push, 'wx_client').platform).toBe(false)
    expect(envelopeOf({ ...push, userInfo: { openId: 'x' } }, '').platform).toBe(false)
  })
})

describe('envelopeOf: Cloud Pay callbacks by kind', () => {
  it('routes a refund result (camelCase or snake_case) to refundNotify, not to notify', () => {
    const camel = { returnCode: 'SUCCESS', outRefundNo: 'rfo1', outTradeNo: 'o1', refundStatus: 'SUCCESS', refundFee: 100, totalFee: 100 }
    expect(envelopeOf(camel, 'wx_paycallback')).toEqual({ envelope: { action: 'refundNotify', data: camel }, platform: true })
    const snake = { out_refund_no: 'rfo1', refund_status: 'CHANGE' }
    expect(envelopeOf(snake, 'wx_paycallback,scf')).toEqual({ envelope: { action: 'refundNotify', data: snake }, platform: true })
  })

  it('a user call with refund fields is still a user call', () => {
    expect(envelopeOf({ action: 'refundNotify', data: { outRefundNo: 'x' }, outRefundNo: 'x' }, 'wx_client').platform).toBe(false)
  })
})
