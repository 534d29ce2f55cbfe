/**
 * @jest-environment node
 */
// The order, payment, timer and merchant bundles as WeChat runs them: identity from the
// platform context, Cloud Pay through cloudPay, the pay callback answered with { errcode: 0 },
// the minute trigger delivering subscribe messages, the shipment uploaded on ship.
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { openDatabase, type Database } from '../../cloud/db/client'
import { seedDemoStore, DEMO_MERCHANT_OPENID, DEMO_PRODUCTS } from '../../cloud/seed/demo-store'
import { createDatabase, dropDatabase, requirePostgresUrl } from '../support/postgres'

const bundles = path.resolve(__dirname, '../../dist-cloud')
const wxContext: { OPENID: string; SOURCE: string; ENV: string } = { OPENID: '', SOURCE: 'wx_client', ENV: 'env-test' }
const calls = { unifiedOrder: [] as any[], send: [] as any[], upload: [] as any[] }

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
    },
    openapi: {
      subscribeMessage: { send: async (data: any) => void calls.send.push(data) },
      wxa: { sec: { order: { uploadShippingInfo: async (data: any) => void calls.upload.push(data) } } },
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
    expect(await main('timer')({ Type: 'Timer', TriggerName: 'tick', Time: '2026-11-25T06:00:00Z' })).toMatchObject({ ok: true, data: { messages: { sent: 2 } } })
    expect(calls.send.map((m) => [m.touser, m.page])).toEqual([
      ['o-buyer', `packages/order/pages/detail/index?id=${order.id}`],
      ['o-buyer', `packages/order/pages/detail/index?id=${order.id}`],
    ])
    as('o-buyer')
    expect(await main('timer')({ action: 'tick', data: {} })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
