/**
 * @jest-environment node
 */
// Media checks in the bundles as WeChat runs them: a product saved with new cloud images asks
// getTempFileURL for a downloadable URL and security.mediaCheckAsync for a check; the
// wxa_media_check message push, delivered to the timer function, hides a risky image from
// catalog.getProduct. Each function's config.json grants exactly the openapi names it can reach.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { openDatabase, type Database } from '../../cloud/db/client'
import { createDatabase, dropDatabase, requirePostgresUrl } from '../support/postgres'

const bundles = path.resolve(__dirname, '../../dist-cloud')
const wxContext: { OPENID: string; SOURCE: string; ENV: string } = { OPENID: '', SOURCE: 'wx_client', ENV: 'env-test' }
const calls = { mediaCheck: [] as any[], tempUrl: [] as any[] }

jest.mock(
  'wx-server-sdk',
  () => ({
    DYNAMIC_CURRENT_ENV: Symbol.for('DYNAMIC_CURRENT_ENV'),
    init: () => undefined,
    getWXContext: () => wxContext,
    getTempFileURL: async ({ fileList }: { fileList: string[] }) => {
      calls.tempUrl.push(fileList)
      return { fileList: fileList.map((fileID) => ({ fileID, tempFileURL: `https://tmp.tcb.qcloud.la/${fileID.split('/').pop()}?sign=1`, status: 0, errMsg: 'ok' })) }
    },
    openapi: {
      security: {
        msgSecCheck: async () => ({ result: { suggest: 'pass', label: 100 }, detail: [], errCode: 0 }),
        mediaCheckAsync: async (data: any) => {
          calls.mediaCheck.push(data)
          return { traceId: `trace-${calls.mediaCheck.length}`, errCode: 0, errMsg: 'openapi.security.mediaCheckAsync:ok' }
        },
      },
    },
  }),
  { virtual: true },
)

const serverUrl = requirePostgresUrl()
const MERCHANT = 'o-media-merchant'
const SAFE = 'cloud://env-test.bucket/products/safe.jpg'
const BAD = 'cloud://env-test.bucket/products/bad.jpg'

describe('media checks in the bundles on PostgreSQL', () => {
  const dbName = `mediabundle_${randomBytes(4).toString('hex')}`
  let database: Database
  const main = (name: string) => require(path.join(bundles, `${name}/index.js`)).main as (event: Record<string, unknown>) => Promise<any>
  const as = (openid: string, source = 'wx_client') => {
    wxContext.OPENID = openid
    wxContext.SOURCE = source
  }

  beforeAll(async () => {
    process.env.DATABASE_URL = await createDatabase(serverUrl, dbName)
    database = await openDatabase({ url: process.env.DATABASE_URL })
  })
  afterAll(async () => {
    await database.close()
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    await dropDatabase(serverUrl, dbName)
    await new Promise((resolve) => setTimeout(resolve, 50))
    warn.mockRestore()
  })

  it('checks new product images through mediaCheckAsync and hides the one a risky verdict names', async () => {
    as(MERCHANT)
    const store = await main('merchant')({ action: 'openStore', data: { name: '云端小店' } })
    expect(store).toMatchObject({ ok: true })
    const saved = await main('merchant')({
      action: 'saveProduct',
      data: { storeId: store.data.id, title: '云端杯子', images: [SAFE, BAD], status: 'on_sale', skus: [{ specs: {}, price: 990, stock: 5 }] },
    })
    expect(saved).toMatchObject({ ok: true, data: { images: [SAFE, BAD] } })
    expect(calls.tempUrl).toEqual([[SAFE], [BAD]])
    expect(calls.mediaCheck).toEqual([
      { mediaUrl: 'https://tmp.tcb.qcloud.la/safe.jpg?sign=1', mediaType: 2, version: 2, openid: MERCHANT, scene: 3 },
      { mediaUrl: 'https://tmp.tcb.qcloud.la/bad.jpg?sign=1', mediaType: 2, version: 2, openid: MERCHANT, scene: 3 },
    ])

    // The app cannot forge a verdict: its call stays a user call, refused by the platform-only action.
    as('o-shopper')
    const push = (traceId: string, suggest: string) => ({
      ToUserName: 'gh_abc',
      FromUserName: MERCHANT,
      CreateTime: 1_765_000_000,
      MsgType: 'event',
      Event: 'wxa_media_check',
      appid: 'wx-app',
      trace_id: traceId,
      version: 2,
      errcode: 0,
      errmsg: 'ok',
      result: { suggest, label: suggest === 'risky' ? 20002 : 100 },
      detail: [{ strategy: 'content_model', errcode: 0, suggest, label: 20002, prob: 90 }],
    })
    expect(await main('timer')(push('trace-2', 'pass'))).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect(await main('timer')({ action: 'mediaCheckResult', data: push('trace-2', 'pass') })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

    // WeChat's message push: no user behind it.
    as('', 'wx_unknown')
    expect(await main('timer')(push('trace-1', 'pass'))).toMatchObject({ ok: true, data: { recorded: true } })
    expect(await main('timer')(push('trace-2', 'risky'))).toMatchObject({ ok: true, data: { recorded: true } })

    as('o-shopper')
    const seen = await main('catalog')({ action: 'getProduct', data: { productId: saved.data.id } })
    expect(seen).toMatchObject({ ok: true, data: { images: [SAFE] } })
    as(MERCHANT)
    const own = await main('catalog')({ action: 'getProduct', data: { productId: saved.data.id } })
    expect(own).toMatchObject({ ok: true, data: { images: [SAFE, BAD], flaggedImages: [BAD] } })
  })

  it('grants each function exactly the openapi names its own operations call', () => {
    const permissions = Object.fromEntries(
      readdirSync(bundles).map((name) => [name, JSON.parse(readFileSync(path.join(bundles, name, 'config.json'), 'utf8')).permissions.openapi as string[]]),
    )
    expect(permissions.catalog).toEqual([])
    expect(permissions.merchant).toEqual(expect.arrayContaining(['security.mediaCheckAsync', 'security.msgSecCheck']))
    expect(permissions.review).toEqual(['security.mediaCheckAsync', 'security.msgSecCheck'])
    expect(permissions.auth).toEqual(['security.mediaCheckAsync', 'security.msgSecCheck'])
    expect(permissions.entry).toEqual(['urllink.generate', 'urlscheme.generate', 'wxacode.getUnlimited'])
    // The timer asks again about images whose check failed or whose verdict was lost.
    expect(permissions.timer).toEqual(['liveBroadcast.getLiveInfo', 'security.mediaCheckAsync', 'subscribeMessage.send'])
    // Nothing granted that the bundle cannot call.
    for (const [name, names] of Object.entries(permissions)) {
      const code = readFileSync(path.join(bundles, name, 'index.js'), 'utf8')
      for (const api of names) expect(`${name}: ${code.includes(`openapi.${api}(`)}`).toBe(`${name}: true`)
    }
  })
})
