/**
 * @jest-environment node
 */
// The order, payment, timer and merchant bundles as WeChat runs them: identity from the
// platform context, Cloud Pay through cloudPay, the pay callback answered with { errcode: 0 },
// the minute trigger delivering subscribe messages, the shipment uploaded on ship.
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { openDatabase, type Database } from '../../cloud/db/client'
import { rateLimits, refunds } from '../../cloud/db/schema'
import { seedDemoStore, DEMO_MERCHANT_OPENID, DEMO_PRODUCTS } from '../../cloud/seed/demo-store'
import { createDatabase, dropDatabase, requirePostgresUrl } from '../support/postgres'

const bundles = path.resolve(__dirname, '../../dist-cloud')
const wxContext: { OPENID: string; SOURCE: string; ENV: string } = { OPENID: '', SOURCE: 'wx_client', ENV: 'env-test' }
const calls = { unifiedOrder: [] as any[], send: [] as any[], upload: [] as any[], refund: [] as any[], getLiveInfo: [] as any[], getPath: [] as any[] }
/** What WeChat's live console holds (getliveinfo's room_info), and refunds it refuses next. */
const wechat = { rooms: [] as any[], refuseRefunds: 0 }

jest.mock(
  'wx-server-sdk',
  () => ({
    DYNAMIC_CURRENT_ENV: Symbol.for('DYNAMIC_CURRENT_ENV'),
    init: () => undefined,
    getWXContext: () => wxContext,
    cloudPay: {
      unifiedOrder: async (data: any) => {
        calls.unifiedOrder.push(data)
        return { returnCode: 'SUCCESS', resultCode: 'SUCCESS', payment: { timeStamp: '1', nonceStr: 'n', package: 'prepay_id=wx1', signType: 'MD5', paySign: 's' } }
      },
      // Accepted is not refunded: the result comes later through the callback function.
      refund: async (data: any) => {
        calls.refund.push(data)
        const base = { returnCode: 'SUCCESS', returnMsg: 'OK', appid: 'wx1', mchId: '1900000109', subMchId: data.sub_mch_id, nonceStr: 'n', errCode: 0, errMsg: 'cloudPay.refund:ok' }
        if (wechat.refuseRefunds > 0) {
          wechat.refuseRefunds--
          return { ...base, resultCode: 'FAIL', errCodeDes: '基本账户余额不足，请充值后重新发起' }
        }
        return { ...base, resultCode: 'SUCCESS', transactionId: '4200009999', outTradeNo: data.out_trade_no, outRefundNo: data.out_refund_no, refundId: `5030${data.out_refund_no}`, refundFee: data.refund_fee, totalFee: data.total_fee, cashFee: data.total_fee }
      },
    },
    openapi: {
      subscribeMessage: { send: async (data: any) => void calls.send.push(data) },
      liveBroadcast: {
        getLiveInfo: async (data: any) => {
          calls.getLiveInfo.push(data)
          return { errCode: 0, errMsg: 'openapi.liveBroadcast.getLiveInfo:ok', total: wechat.rooms.length, roomInfo: wechat.rooms.slice(data.start, data.start + data.limit) }
        },
      },
      wxa: { sec: { order: { uploadShippingInfo: async (data: any) => void calls.upload.push(data) } } },
      // logistics.getPath as the SDK hands it back: path_item_list turned camelCase.
      logistics: {
        getPath: async (data: any) => {
          calls.getPath.push(data)
          return {
            errCode: 0, errMsg: 'openapi.logistics.getPath:ok', openid: data.openid, deliveryId: data.deliveryId, waybillId: data.waybillId, pathItemNum: 2,
            pathItemList: [
              { actionTime: 1764554400, actionType: 100001, actionMsg: '快递员已成功取件' },
              { actionTime: 1764576000, actionType: 200001, actionMsg: '快件已到达【深圳转运中心】' },
            ],
          }
        },
      },
    },
  }),
  { virtual: true },
)

const serverUrl = requirePostgresUrl()

describe('order bundles on PostgreSQL', () => {
  const dbName = `orderbundle_${randomBytes(4).toString('hex')}`
  let database: Database
  const main = (name: string) => require(path.join(bundles, `${name}/index.js`)).main as (event: Record<string, unknown>) => Promise<any>
  const as = (openid: string, source = 'wx_client') => {
    wxContext.OPENID = openid
    wxContext.SOURCE = source
  }

  beforeAll(async () => {
    process.env.DATABASE_URL = await createDatabase(serverUrl, dbName)
    process.env.WECHAT_SUB_MCH_ID = '1900000110'
    database = await openDatabase({ url: process.env.DATABASE_URL })
    await seedDemoStore(database.db)
  })
  afterAll(async () => {
    await database.close()
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    await dropDatabase(serverUrl, dbName)
    await new Promise((resolve) => setTimeout(resolve, 50))
    warn.mockRestore()
  })

  it('creates, pays through Cloud Pay and its callback, ships with an upload, and tells the buyer', async () => {
    const mug = DEMO_PRODUCTS.find((p) => p.title === '手工陶瓷马克杯')!
    as('o-buyer')
    const found = await main('catalog')({ action: 'search', data: { q: mug.title } })
    const sku = found.data.items[0].skus[0]
    const created = await main('order')({
      action: 'create',
      data: { storeId: 'demo', items: [{ skuId: sku.id, quantity: 2 }], delivery: 'pickup', idempotencyKey: 'bundle-key-001' },
      userInfo: { openId: 'ignored' },
    })
    expect(created).toMatchObject({ ok: true, data: { status: 'pending_payment', total: mug.skus[0].price * 2 } })
    const order = created.data

    const started = await main('order')({ action: 'pay', data: { orderId: order.id } })
    expect(started).toMatchObject({ ok: true, data: { provider: 'wechat', params: { package: 'prepay_id=wx1' } } })
    expect(calls.unifiedOrder).toEqual([
      expect.objectContaining({ functionName: 'payment', envId: 'env-test', subMchId: '1900000110', outTradeNo: order.id, totalFee: order.total, tradeType: 'JSAPI' }),
    ])
    expect(calls.unifiedOrder[0].timeExpire).toMatch(/^\d{14}$/)

    // A user cannot reach notify; the pay callback can, and is answered { errcode: 0 } however often.
    as('o-buyer')
    expect(await main('payment')({ action: 'notify', data: { outTradeNo: order.id, totalFee: order.total, transactionId: 'x', resultCode: 'SUCCESS' } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    as('', 'wx_paycallback,scf')
    const callback = {
      returnCode: 'SUCCESS', resultCode: 'SUCCESS', appid: 'wx1', mchId: '1900000109', subMchId: '1900000110', subOpenid: 'o-buyer',
      tradeType: 'JSAPI', bankType: 'CMC', totalFee: order.total, cashFee: order.total, feeType: 'CNY', transactionId: '4200001234', outTradeNo: order.id,
      timeEnd: '20261125140305', nonceStr: 'n', isSubscribe: 'N', userInfo: { appId: 'wx1' },
    }
    expect(await main('payment')(callback)).toEqual({ errcode: 0, errmsg: '' })
    expect(await main('payment')(callback)).toEqual({ errcode: 0, errmsg: '' })
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(await main('payment')({ ...callback, totalFee: 1 })).toMatchObject({ errcode: 1 })
    warn.mockRestore()

    as('o-buyer')
    expect(await main('order')({ action: 'get', data: { orderId: order.id } })).toMatchObject({ ok: true, data: { status: 'paid' } })

    as(DEMO_MERCHANT_OPENID)
    const shipped = await main('merchant')({ action: 'ship', data: { orderId: order.id } })
    expect(shipped).toMatchObject({ ok: true, data: { status: 'shipped' } })
    expect(calls.upload).toEqual([
      expect.objectContaining({ orderKey: { orderNumberType: 2, transactionId: '4200001234' }, logisticsType: 4, deliveryMode: 1, payer: { openid: 'o-buyer' } }),
    ])

    // The minute trigger hands the queued messages (paid, shipped) to subscribeMessage.send.
    as('', 'wx_trigger')
    expect(await main('timer')({ Type: 'Timer', TriggerName: 'tick', Time: '2026-11-25T06:00:00Z' })).toMatchObject({ ok: true, data: { failed: [] } })
    expect(calls.send.map((m) => [m.touser, m.page])).toEqual([
      ['o-buyer', `packages/order/pages/detail/index?id=${order.id}`],
      ['o-buyer', `packages/order/pages/detail/index?id=${order.id}`],
    ])
    as('o-buyer')
    expect(await main('timer')({ action: 'tick', data: {} })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('refunds a payment that arrived after the cancel through cloudPay.refund, settles it from the refund notice, and answers { errcode: 0 }', async () => {
    const mug = DEMO_PRODUCTS.find((p) => p.title === '手工陶瓷马克杯')!
    as('o-late')
    const sku = (await main('catalog')({ action: 'search', data: { q: mug.title } })).data.items[0].skus[0]
    const order = (await main('order')({ action: 'create', data: { storeId: 'demo', items: [{ skuId: sku.id, quantity: 1 }], delivery: 'pickup', idempotencyKey: 'bundle-late-001' } })).data
    await main('order')({ action: 'pay', data: { orderId: order.id } })
    expect(await main('order')({ action: 'cancel', data: { orderId: order.id } })).toMatchObject({ ok: true, data: { status: 'cancelled' } })

    as('', 'wx_paycallback,scf')
    const paid = {
      returnCode: 'SUCCESS', resultCode: 'SUCCESS', appid: 'wx1', mchId: '1900000109', subMchId: '1900000110', subOpenid: 'o-late', tradeType: 'JSAPI',
      bankType: 'CMC', totalFee: order.total, cashFee: order.total, feeType: 'CNY', transactionId: '4200005678', outTradeNo: order.id, timeEnd: '20261125141000', nonceStr: 'n',
    }
    const before = calls.refund.length
    expect(await main('payment')(paid)).toEqual({ errcode: 0, errmsg: '' })
    expect(calls.refund.slice(before)).toEqual([
      expect.objectContaining({
        functionName: 'payment', envId: 'env-test', sub_mch_id: '1900000110', out_trade_no: order.id, out_refund_no: `rf${order.id}`,
        total_fee: order.total, refund_fee: order.total, nonce_str: expect.stringMatching(/^[0-9a-f]{32}$/),
      }),
    ])
    as('o-late')
    expect(await main('order')({ action: 'get', data: { orderId: order.id } })).toMatchObject({ ok: true, data: { status: 'cancelled', refundDue: true, refundStatus: 'pending', refundedAt: null } })

    // The refund's result reaches the same callback function, with the refund fields.
    as('', 'wx_paycallback,scf')
    const notice = {
      returnCode: 'SUCCESS', appid: 'wx1', mchId: '1900000109', subMchId: '1900000110', nonceStr: 'n', transactionId: '4200005678', outTradeNo: order.id,
      refundId: `5030rf${order.id}`, outRefundNo: `rf${order.id}`, totalFee: order.total, refundFee: order.total, settlementRefundFee: order.total,
      refundStatus: 'SUCCESS', successTime: '2026-11-25 14:12:00', refundRecvAccout: '支付用户零钱', refundAccount: 'REFUND_SOURCE_UNSETTLED_FUNDS', refundRequestSource: 'API',
    }
    expect(await main('payment')(notice)).toEqual({ errcode: 0, errmsg: '' })
    expect(await main('payment')(notice)).toEqual({ errcode: 0, errmsg: '' })
    // A notice for a refund we never asked for is not recorded, so WeChat keeps retrying it.
    expect(await main('payment')({ ...notice, outRefundNo: 'rfunknown0001', outTradeNo: undefined })).toMatchObject({ errcode: 1, errmsg: 'NOT_FOUND' })
    as('o-late')
    const settled = await main('order')({ action: 'get', data: { orderId: order.id } })
    expect(settled).toMatchObject({ ok: true, data: { status: 'cancelled', refundDue: false, refundStatus: 'succeeded' } })
    expect(settled.data.refundedAt).not.toBeNull()
    expect(calls.refund.length).toBe(before + 1)
  })

  it('the one timer trigger syncs live rooms, sends 开播提醒 and asks again for refunds WeChat refused', async () => {
    const start = Math.floor(Date.now() / 1000) + 60
    wechat.rooms = [{ name: '山野上新夜', roomid: 31, coverImg: 'https://wx/31.jpg', liveStatus: 102, startTime: start, endTime: start + 3600, anchorName: '店主', goods: [] }]
    as(DEMO_MERCHANT_OPENID)
    const room = await main('merchant')({
      action: 'saveLiveRoom',
      data: { storeId: 'demo', platformRoomId: '31', title: '山野上新夜', startAt: new Date(start * 1000).toISOString(), endAt: new Date((start + 3600) * 1000).toISOString(), productIds: [] },
    })
    expect(room).toMatchObject({ ok: true, data: { status: 102 } })
    as('o-fan')
    expect(await main('live')({ action: 'subscribe', data: { roomId: room.data.id } })).toMatchObject({ ok: true })

    // A late payment whose refund WeChat refuses at first (balance too low).
    const mug = DEMO_PRODUCTS.find((p) => p.title === '手工陶瓷马克杯')!
    as('o-late2')
    const sku = (await main('catalog')({ action: 'search', data: { q: mug.title } })).data.items[0].skus[0]
    const order = (await main('order')({ action: 'create', data: { storeId: 'demo', items: [{ skuId: sku.id, quantity: 1 }], delivery: 'pickup', idempotencyKey: 'bundle-late-002' } })).data
    await main('order')({ action: 'cancel', data: { orderId: order.id } })
    wechat.refuseRefunds = 1
    as('', 'wx_paycallback')
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(await main('payment')({ returnCode: 'SUCCESS', resultCode: 'SUCCESS', subOpenid: 'o-late2', totalFee: order.total, transactionId: '4200007777', outTradeNo: order.id })).toEqual({ errcode: 0, errmsg: '' })
    const asked = calls.refund.length

    // The room goes live in WeChat's console; the refund's next attempt and the live quota's
    // five minutes have passed (the earlier trigger used this window).
    wechat.rooms[0].liveStatus = 101
    await database.db.delete(rateLimits).where(eq(rateLimits.key, 'live:sync'))
    await database.db.update(refunds).set({ nextAttemptAt: new Date(Date.now() - 1000) }).where(eq(refunds.orderId, order.id))
    const sendsBefore = calls.send.length
    as('', 'wx_trigger')
    const ticked = await main('timer')({ Type: 'Timer', TriggerName: 'tick', Time: new Date().toISOString() })
    warn.mockRestore()
    expect(ticked).toMatchObject({ ok: true, data: { failed: [], live: { skipped: false, changed: 1, reminders: 1 }, refunds: { pending: 1 } } })
    as('o-fan')
    expect(await main('live')({ action: 'getRoom', data: { roomId: room.data.id } })).toMatchObject({ ok: true, data: { status: 101 } })
    expect(calls.send.slice(sendsBefore)).toEqual([expect.objectContaining({ touser: 'o-fan', page: expect.stringContaining(room.data.id) })])
    expect(calls.refund.slice(asked)).toEqual([expect.objectContaining({ out_refund_no: `rf${order.id}`, refund_fee: order.total, functionName: 'payment' })])
    as('o-late2')
    expect(await main('order')({ action: 'get', data: { orderId: order.id } })).toMatchObject({ ok: true, data: { refundStatus: 'pending', refundDue: true } })
  })

  it('reads the parcel trace through logistics.getPath, for the buyer and the store', async () => {
    const mug = DEMO_PRODUCTS.find((p) => p.title === '手工陶瓷马克杯')!
    as('o-parcel')
    const sku = (await main('catalog')({ action: 'search', data: { q: mug.title } })).data.items[0].skus[0]
    const address = { userName: '张三', telNumber: '13800138000', provinceName: '广东省', cityName: '广州市', countyName: '海珠区', detailInfo: '新港中路397号' }
    const order = (await main('order')({ action: 'create', data: { storeId: 'demo', items: [{ skuId: sku.id, quantity: 1 }], address, delivery: 'express', idempotencyKey: 'bundle-parcel-003' } })).data
    as('', 'wx_paycallback,scf')
    expect(await main('payment')({ returnCode: 'SUCCESS', resultCode: 'SUCCESS', subOpenid: 'o-parcel', totalFee: order.total, transactionId: '4200008888', outTradeNo: order.id })).toEqual({ errcode: 0, errmsg: '' })
    as(DEMO_MERCHANT_OPENID)
    expect(await main('merchant')({ action: 'ship', data: { orderId: order.id, carrier: 'SF', trackingNo: 'SF1400000001' } })).toMatchObject({ ok: true })

    as('o-parcel')
    const trace = await main('order')({ action: 'logistics', data: { orderId: order.id } })
    expect(trace).toMatchObject({ ok: true, data: { state: 'ok', carrier: 'SF', trackingNo: 'SF1400000001' } })
    expect(trace.data.nodes.map((n: any) => [n.actionType, n.stage, n.text])).toEqual([
      [200001, 'transit', '快件已到达【深圳转运中心】'],
      [100001, 'collect', '快递员已成功取件'],
    ])
    expect(calls.getPath).toEqual([{ orderId: order.id, openid: 'o-parcel', deliveryId: 'SF', waybillId: 'SF1400000001' }])
    // The store reads the same answer from the cache; a stranger is refused.
    as(DEMO_MERCHANT_OPENID)
    expect(await main('order')({ action: 'logistics', data: { orderId: order.id } })).toMatchObject({ ok: true, data: { nodes: trace.data.nodes } })
    expect(calls.getPath).toHaveLength(1)
    as('o-stranger')
    expect(await main('order')({ action: 'logistics', data: { orderId: order.id } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
