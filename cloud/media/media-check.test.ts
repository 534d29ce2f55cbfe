// Asynchronous media checks end to end on the local twin: saving user images sends each new
// one to platform.media (with a trace id answered at once), the twin pushes its verdict later
// through timer.mediaCheckResult, and risky images then disappear from every shopper's view
// while their owner sees them flagged.
import { eq } from 'drizzle-orm'
import { insertOrder, addProduct } from '../../tests/support/fixtures'
import type { RequestOf } from '../../src/services/contract'
import { call, callOk, DATABASE_KIND, openTestDatabase, type CallOptions } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { mediaChecks } from '../db/schema'
import { localPlatform, type LocalPlatform } from '../platform/local'
import { dispatch } from '../dispatch'
import { registry } from '../functions'

const OWNER = 'media-owner'
const SHOPPER = 'media-shopper'
const SAFE = '/files/uploads/2026-12/safe0001.jpg'
const RISKY = '/files/uploads/2026-12/risky001.jpg'
const SKUS = [{ specs: {}, price: 1200, stock: 3 }]

describe(`media checks (${DATABASE_KIND})`, () => {
  let database: Database
  let platform: LocalPlatform
  let storeId: string

  const as = (openid: string | undefined, options: CallOptions = {}): CallOptions => ({ openid, platform, ...options })
  /** What WeChat's message push does: hands each verdict to the function 消息推送 names. */
  const deliver = () => platform.media.deliver()

  beforeAll(async () => {
    database = await openTestDatabase()
    platform = localPlatform()
    platform.media.receive(async (event) => {
      const answer = await dispatch(registry, 'timer', { action: 'mediaCheckResult', data: event }, {
        db: database.db,
        identity: null,
        caller: 'platform',
        platform,
        now: () => new Date(),
        production: false,
      })
      if (!answer.body.ok) throw new Error(JSON.stringify(answer.body.error))
    })
    storeId = (await callOk(database, 'merchant', 'openStore', { name: '图片小店', pickupAddress: '图片路 1 号' }, as(OWNER))).id
  })
  afterAll(() => database.close())

  it('checks each new product image asynchronously and hides a risky one from shoppers once the verdict arrives', async () => {
    const product = await callOk(database, 'merchant', 'saveProduct', { storeId, title: '杯子', images: [SAFE, RISKY], status: 'on_sale', skus: SKUS }, as(OWNER))
    // Sent at once, judged later: both images are checked, nothing is decided yet.
    expect(platform.media.pending().map((event) => event.result.suggest).sort()).toEqual(['pass', 'risky'])
    const rows = await database.db.select().from(mediaChecks).where(eq(mediaChecks.openid, OWNER))
    expect(rows.map((row) => [row.image, row.suggest, row.scene]).sort()).toEqual([
      [RISKY, null, 3],
      [SAFE, null, 3],
    ])
    expect((await callOk(database, 'catalog', 'getProduct', { productId: product.id }, as(SHOPPER))).images).toEqual([SAFE, RISKY])

    expect(await deliver()).toBe(2)

    const seen = await callOk(database, 'catalog', 'getProduct', { productId: product.id }, as(SHOPPER))
    expect(seen.images).toEqual([SAFE])
    expect(seen.flaggedImages).toBeUndefined()
    const shelf = await callOk(database, 'catalog', 'listProducts', { storeId }, as(undefined))
    expect(shelf.items.find((p: any) => p.id === product.id)?.images).toEqual([SAFE])
    // The owner keeps the image in the form, flagged, so they know why shoppers miss it.
    const own = await callOk(database, 'catalog', 'getProduct', { productId: product.id }, as(OWNER))
    expect(own).toMatchObject({ images: [SAFE, RISKY], flaggedImages: [RISKY] })
    const console = await callOk(database, 'merchant', 'listProducts', { storeId }, as(OWNER))
    expect(console.items.find((p: any) => p.id === product.id)?.flaggedImages).toEqual([RISKY])
  })

  it('checks only images never checked before: saving the form again sends nothing new', async () => {
    const product = await callOk(database, 'merchant', 'saveProduct', { storeId, title: '盘子', images: [SAFE], status: 'on_sale', skus: SKUS }, as(OWNER))
    expect(platform.media.pending()).toHaveLength(0)
    const fresh = '/files/uploads/2026-12/fresh001.jpg'
    await callOk(database, 'merchant', 'saveProduct', { storeId, productId: product.id, title: '盘子', images: [SAFE, fresh], skus: SKUS }, as(OWNER))
    expect(platform.media.pending().map((event) => event.FromUserName)).toEqual([OWNER])
    await deliver()
    await callOk(database, 'merchant', 'saveProduct', { storeId, productId: product.id, title: '盘子 2', images: [fresh, SAFE], skus: SKUS }, as(OWNER))
    expect(platform.media.pending()).toHaveLength(0)
  })

  it('keeps the first verdict of a trace: a repeated or late push changes nothing, an unknown trace is ignored', async () => {
    const [row] = await database.db.select().from(mediaChecks).where(eq(mediaChecks.image, RISKY))
    const push = (suggest: string, traceId = row.traceId) =>
      dispatch(registry, 'timer', {
        action: 'mediaCheckResult',
        data: { MsgType: 'event', Event: 'wxa_media_check', trace_id: traceId, version: 2, appid: 'wx', result: { suggest, label: 100 }, detail: [] },
      }, { db: database.db, identity: null, caller: 'platform', platform, now: () => new Date(), production: false })
    expect(await push('pass')).toMatchObject({ body: { ok: true, data: { recorded: false } } })
    expect(await push('pass', 'no-such-trace')).toMatchObject({ body: { ok: true, data: { recorded: false } } })
    const [after] = await database.db.select().from(mediaChecks).where(eq(mediaChecks.image, RISKY))
    expect(after.suggest).toBe('risky')
  })

  it('refuses a verdict from anyone but the platform', async () => {
    const [row] = await database.db.select().from(mediaChecks).where(eq(mediaChecks.image, RISKY))
    const forged = { MsgType: 'event', Event: 'wxa_media_check', trace_id: row.traceId, result: { suggest: 'pass', label: 100 } }
    expect(await call(database, 'timer', 'mediaCheckResult', forged, as(OWNER))).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } })
  })

  it('fails the save, writing nothing, when the platform cannot take the check', async () => {
    const failing = localPlatform()
    failing.media.checkImage = async () => {
      throw new Error('45009 quota reached')
    }
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const answer = await call(database, 'merchant', 'saveProduct', { storeId, title: '失败', images: ['/files/uploads/2026-12/quota001.jpg'], skus: SKUS }, { openid: OWNER, platform: failing })
    logged.mockRestore()
    expect(answer.status).toBe(500)
    const titles = (await callOk(database, 'merchant', 'listProducts', { storeId }, as(OWNER))).items.map((p: any) => p.title)
    expect(titles).not.toContain('失败')
  })

  it('hides a risky post image and a risky store logo from shoppers; the owner sees them flagged', async () => {
    const logo = '/files/uploads/2026-12/risky-logo.png'
    await callOk(database, 'merchant', 'updateStore', { storeId, logo }, as(OWNER))
    const post = await callOk(database, 'merchant', 'savePost', { storeId, kind: 'pictures', title: '上新', images: [SAFE, '/files/uploads/2026-12/risky-post.jpg'] }, as(OWNER))
    expect(await deliver()).toBe(2)

    expect((await callOk(database, 'catalog', 'getStore', { storeId }, as(SHOPPER))).logo).toBe('')
    expect(await callOk(database, 'catalog', 'getStore', { storeId }, as(OWNER))).toMatchObject({ logo, logoFlagged: true })
    const seen = await callOk(database, 'post', 'get', { postId: post.id }, as(SHOPPER))
    expect(seen).toMatchObject({ images: [SAFE], storeLogo: '' })
    expect(seen.flaggedImages).toBeUndefined()
    const own = await callOk(database, 'post', 'get', { postId: post.id }, as(OWNER))
    expect(own.flaggedImages).toEqual(['/files/uploads/2026-12/risky-post.jpg'])
  })

  it('checks the pictures placed in an article’s body and takes a risky one out of the body shoppers read', async () => {
    const safe = '/files/uploads/2026-12/safe-body.jpg'
    const risky = '/files/uploads/2026-12/risky-body.jpg'
    const body = ['开篇', `![](${safe})`, `![](${risky})`, '结尾'].join('\n')
    const post = await callOk(database, 'merchant', 'savePost', { storeId, kind: 'article', title: '图文', body }, as(OWNER))
    expect(platform.media.pending().map((event) => event.result.suggest).sort()).toEqual(['pass', 'risky'])
    expect(await deliver()).toBe(2)
    expect((await callOk(database, 'post', 'get', { postId: post.id }, as(SHOPPER))).body).toBe(['开篇', `![](${safe})`, '结尾'].join('\n'))
    const listed = await callOk(database, 'post', 'list', { storeId }, as(undefined))
    expect(listed.items.find((p: any) => p.id === post.id)?.body).not.toContain(risky)
    // The owner keeps it in the editor, to replace it.
    expect((await callOk(database, 'post', 'get', { postId: post.id }, as(OWNER))).body).toBe(body)
  })

  it('hides a risky review photo from other shoppers; its author sees it flagged', async () => {
    const { productId, skuId } = await addProduct(database, storeId)
    const { orderId } = await insertOrder(database, { storeId, buyer: SHOPPER, status: 'completed', lines: [{ productId, skuId, price: 1000, quantity: 1 }] })
    const photo = '/files/uploads/2026-12/risky-review.jpg'
    await callOk(database, 'review', 'create', { orderId, rating: 5, text: '', images: [SAFE, photo] }, as(SHOPPER))
    expect(platform.media.pending().map((event) => event.FromUserName)).toEqual([SHOPPER])
    await deliver()
    const others = await callOk(database, 'review', 'list', { productId }, as('someone-else'))
    expect(others.items[0].images).toEqual([SAFE])
    const mine = await callOk(database, 'review', 'list', { productId }, as(SHOPPER))
    expect(mine.items[0]).toMatchObject({ images: [SAFE, photo], flaggedImages: [photo] })
  })

  it('never shows a risky product image in the cart, the quote, or any order view, even one ordered before the verdict', async () => {
    const risky = '/files/uploads/2026-12/risky1.jpg'
    const ok = '/files/uploads/2026-12/ok1.jpg'
    const product = await callOk(database, 'merchant', 'saveProduct', { storeId, title: '碗', images: [risky, ok], status: 'on_sale', skus: SKUS }, as(OWNER))
    const skuId = product.skus[0].id
    const request: RequestOf<'order', 'quote'> = { storeId, items: [{ skuId, quantity: 1 }], delivery: 'pickup' }
    // Ordered while the check is still out: the snapshot keeps the product's first image.
    const early = await callOk(database, 'order', 'create', { ...request, idempotencyKey: 'media-early' }, as(SHOPPER))
    expect(early.items[0].image).toBe(risky)
    await deliver()

    expect((await callOk(database, 'catalog', 'getProduct', { productId: product.id }, as(SHOPPER))).images).toEqual([ok])
    expect((await callOk(database, 'order', 'getCartItems', { skuIds: [skuId] }, as(SHOPPER))).items[0].image).toBe(ok)
    expect((await callOk(database, 'order', 'quote', request, as(SHOPPER))).items[0].image).toBe(ok)
    const late = await callOk(database, 'order', 'create', { ...request, idempotencyKey: 'media-late' }, as(SHOPPER))
    expect(late.items[0].image).toBe(ok)
    expect((await callOk(database, 'order', 'get', { orderId: late.id }, as(SHOPPER))).items[0].image).toBe(ok)
    // The snapshot written before the verdict is hidden when read.
    expect((await callOk(database, 'order', 'get', { orderId: early.id }, as(SHOPPER))).items[0].image).toBe('')
    const mine = (await callOk(database, 'order', 'list', {}, as(SHOPPER))).items
    expect(mine.find((order: any) => order.id === early.id)?.items[0].image).toBe('')
    const theirs = (await callOk(database, 'merchant', 'listOrders', { storeId }, as(OWNER))).items
    expect(theirs.find((order: any) => order.id === early.id)?.items[0].image).toBe('')
    expect(theirs.find((order: any) => order.id === late.id)?.items[0].image).toBe(ok)
  })

  it('hides a risky review photo from the store owner in the comment console', async () => {
    const comments = await callOk(database, 'merchant', 'listComments', { storeId, kind: 'review' }, as(OWNER))
    const images = comments.items.flatMap((item: any) => item.images)
    expect(images).toContain(SAFE)
    expect(images).not.toContain('/files/uploads/2026-12/risky-review.jpg')
  })

  it('records a failed check and asks again, on the next save and from the timer, until a verdict comes', async () => {
    const image = '/files/uploads/2026-12/risky-failed.jpg'
    const product = await callOk(database, 'merchant', 'saveProduct', { storeId, title: '失败重试', images: [image], status: 'on_sale', skus: SKUS }, as(OWNER))
    // WeChat could not fetch the file: the push carries an errcode and no verdict.
    const [sent] = platform.media.lose()
    const failure = { ...sent, errcode: 40008, errmsg: 'download failed', result: undefined }
    const answer = await dispatch(registry, 'timer', { action: 'mediaCheckResult', data: failure }, {
      db: database.db, identity: null, caller: 'platform', platform, now: () => new Date(), production: false,
    })
    expect(answer.body).toMatchObject({ ok: true, data: { recorded: true } })
    expect((await database.db.select().from(mediaChecks).where(eq(mediaChecks.image, image))).map((row) => row.suggest)).toEqual(['error'])

    // Saving the form again sends it again.
    await callOk(database, 'merchant', 'saveProduct', { storeId, productId: product.id, title: '失败重试', images: [image], skus: SKUS }, as(OWNER))
    expect(platform.media.pending().map((event) => event.FromUserName)).toEqual([OWNER])
    // That push is lost too; within the hour the timer leaves it alone, after it asks again.
    platform.media.lose()
    const tick = (minutes: number) => call(database, 'timer', 'tick', {}, { platform, caller: 'platform', now: () => new Date(Date.now() + minutes * 60_000) })
    expect(await tick(10)).toMatchObject({ body: { data: { media: 0 } } })
    expect(platform.media.pending()).toHaveLength(0)
    expect(await tick(61)).toMatchObject({ body: { data: { media: 1 } } })
    expect(platform.media.pending()).toHaveLength(1)
    // Once asked again it waits for that verdict: the next tick sends nothing.
    expect(await tick(62)).toMatchObject({ body: { data: { media: 0 } } })
    await deliver()
    expect((await callOk(database, 'catalog', 'getProduct', { productId: product.id }, as(SHOPPER))).images).toEqual([])
    expect(await tick(200)).toMatchObject({ body: { data: { media: 0 } } })
  })

  it('checks a new live-room cover and hides a risky one from shoppers; the owner sees it flagged', async () => {
    const cover = '/files/uploads/2026-12/risky-cover.jpg'
    const start = Date.now() + 24 * 3_600_000
    const room = await callOk(database, 'merchant', 'saveLiveRoom', {
      storeId,
      title: '上新直播',
      cover,
      startAt: new Date(start).toISOString(),
      endAt: new Date(start + 3_600_000).toISOString(),
      productIds: [],
    }, as(OWNER))
    expect(platform.media.pending().map((event) => [event.FromUserName, event.result.suggest])).toEqual([[OWNER, 'risky']])
    const [row] = await database.db.select().from(mediaChecks).where(eq(mediaChecks.image, cover))
    expect(row.scene).toBe(3)
    await deliver()

    const seen = await callOk(database, 'live', 'getRoom', { roomId: room.id }, as(SHOPPER))
    expect(seen.cover).toBe('')
    expect(seen.coverFlagged).toBeUndefined()
    const listed = await callOk(database, 'live', 'listRooms', { storeId }, as(undefined))
    expect(listed.items.find((r: any) => r.id === room.id)?.cover).toBe('')
    expect(await callOk(database, 'live', 'getRoom', { roomId: room.id }, as(OWNER))).toMatchObject({ cover, coverFlagged: true })
    const own = await callOk(database, 'live', 'listRooms', { storeId }, as(OWNER))
    expect(own.items.find((r: any) => r.id === room.id)).toMatchObject({ cover, coverFlagged: true })
    // Saving the room again with the same cover asks nothing new.
    await callOk(database, 'merchant', 'saveLiveRoom', {
      storeId, roomId: room.id, title: '上新直播 2', cover,
      startAt: new Date(start).toISOString(), endAt: new Date(start + 3_600_000).toISOString(), productIds: [],
    }, as(OWNER))
    expect(platform.media.pending()).toHaveLength(0)
  })

  it('checks a new avatar and flags it to its owner when ruled risky', async () => {
    const avatarUrl = 'https://thirdwx.qlogo.cn/risky-avatar/132'
    await callOk(database, 'auth', 'updateProfile', { avatarUrl }, as(SHOPPER))
    expect(platform.media.pending().map((event) => event.result.suggest)).toEqual(['risky'])
    await deliver()
    expect(await callOk(database, 'auth', 'me', {}, as(SHOPPER))).toMatchObject({ avatarUrl, avatarFlagged: true })
  })
})
