import { eq, inArray } from 'drizzle-orm'
import { databaseChecksum } from '../../tests/support/checksum'
import { insertComment, insertOrder, addProduct, openStore } from '../../tests/support/fixtures'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { comments, contentChecks } from '../db/schema'

const OWNER = 'review-owner'

describe(`review.create and review.list, with the merchant's moderation (${DATABASE_KIND})`, () => {
  let database: Database
  let storeId: string
  let mug: { productId: string; skuId: string }
  let bowl: { productId: string; skuId: string }
  const completedOrder = (buyer: string, lines = [mug]) =>
    insertOrder(database, { storeId, buyer, status: 'completed', lines: lines.map((l) => ({ ...l, price: 1000, quantity: 1 })) })

  beforeAll(async () => {
    database = await openTestDatabase()
    storeId = (await openStore(database, { ownerOpenid: OWNER })).storeId
    mug = await addProduct(database, storeId, { title: '马克杯' })
    bowl = await addProduct(database, storeId, { title: '饭碗' })
  })
  afterAll(() => database.close())

  it('a buyer reviews a received order with stars, text and photos; every shopper sees it', async () => {
    const { orderId } = await completedOrder('buyer-1')
    const review = await callOk(
      database,
      'review',
      'create',
      { orderId, rating: 5, text: '杯子很好看', images: ['/files/uploads/2026-03/r.jpg'] },
      { openid: 'buyer-1' },
    )
    expect(review).toMatchObject({ orderId, productId: mug.productId, rating: 5, text: '杯子很好看', status: 'visible', mine: true, images: ['/files/uploads/2026-03/r.jpg'] })
    for (const openid of [undefined, 'buyer-2']) {
      const page = await callOk(database, 'review', 'list', { productId: mug.productId }, { openid })
      expect(page.items.map((r: any) => r.id)).toContain(review.id)
      expect(page.items.find((r: any) => r.id === review.id)).toMatchObject({ mine: false, author: '买家 bu…-1' })
    }
  })

  it('refuses a second review of the same product, and an order not yet received', async () => {
    const { orderId } = await completedOrder('buyer-3')
    await callOk(database, 'review', 'create', { orderId, rating: 4, text: '' }, { openid: 'buyer-3' })
    const again = await call(database, 'review', 'create', { orderId, rating: 1, text: '改主意了' }, { openid: 'buyer-3' })
    expect(again.body).toMatchObject({ ok: false, error: { code: 'ORDER_STATE' } })
    for (const status of ['pending_payment', 'paid', 'shipped', 'refunded', 'cancelled'] as const) {
      const { orderId: other } = await insertOrder(database, { storeId, buyer: 'buyer-3', status, lines: [{ ...mug, price: 1000, quantity: 1 }] })
      const early = await call(database, 'review', 'create', { orderId: other, rating: 5, text: '好' }, { openid: 'buyer-3' })
      expect(early.body).toMatchObject({ ok: false, error: { code: 'ORDER_STATE' } })
    }
  })

  it('only one of two concurrent reviews of the same line is kept', async () => {
    const { orderId } = await completedOrder('buyer-race')
    const answers = await Promise.all([1, 2, 3].map((n) => call(database, 'review', 'create', { orderId, rating: n, text: `第${n}次` }, { openid: 'buyer-race' })))
    expect(answers.filter((a) => a.body.ok)).toHaveLength(1)
    const rows = await database.db.select().from(comments).where(eq(comments.orderId, orderId))
    expect(rows).toHaveLength(1)
  })

  it('another buyer’s order is NOT_FOUND, and so is a product not in the order', async () => {
    const { orderId } = await completedOrder('buyer-4')
    const stranger = await call(database, 'review', 'create', { orderId, rating: 5, text: '好' }, { openid: 'buyer-5' })
    expect(stranger.status).toBe(404)
    const wrong = await call(database, 'review', 'create', { orderId, productId: bowl.productId, rating: 5, text: '好' }, { openid: 'buyer-4' })
    expect(wrong.status).toBe(404)
  })

  it('asks which product when the order has several, then reviews each once', async () => {
    const { orderId } = await completedOrder('buyer-6', [mug, bowl])
    const unsure = await call(database, 'review', 'create', { orderId, rating: 5, text: '好' }, { openid: 'buyer-6' })
    expect(unsure.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { issues: [{ path: 'productId' }] } } })
    await callOk(database, 'review', 'create', { orderId, productId: mug.productId, rating: 5, text: '杯子好' }, { openid: 'buyer-6' })
    await callOk(database, 'review', 'create', { orderId, productId: bowl.productId, rating: 3, text: '碗一般' }, { openid: 'buyer-6' })
  })

  it('refuses risky text and records the verdict; nothing is stored', async () => {
    const { orderId } = await completedOrder('buyer-7')
    const answer = await call(database, 'review', 'create', { orderId, rating: 1, text: '卖家是傻逼' }, { openid: 'buyer-7' })
    expect(answer.status).toBe(422)
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
    expect(await database.db.select().from(comments).where(eq(comments.orderId, orderId))).toEqual([])
    const [check] = await database.db.select().from(contentChecks).where(eq(contentChecks.openid, 'buyer-7'))
    expect(check).toMatchObject({ scene: 'review', suggest: 'risky', label: 20003 })
  })

  it('holds review-level text: hidden from others, shown to its author, visible once the merchant approves', async () => {
    const { orderId } = await completedOrder('buyer-8')
    const held = await callOk(database, 'review', 'create', { orderId, rating: 5, text: '想要同款加微信' }, { openid: 'buyer-8' })
    expect(held.status).toBe('held')
    const [check] = await database.db.select().from(contentChecks).where(eq(contentChecks.openid, 'buyer-8'))
    expect(check).toMatchObject({ scene: 'review', suggest: 'review' })

    const ids = async (openid?: string) => (await callOk(database, 'review', 'list', { productId: mug.productId, limit: 50 }, { openid })).items.map((r: any) => r.id)
    expect(await ids('buyer-2')).not.toContain(held.id)
    expect(await ids()).not.toContain(held.id)
    expect(await ids('buyer-8')).toContain(held.id)

    const queue = await callOk(database, 'merchant', 'listComments', { storeId, status: 'held' }, { openid: OWNER })
    expect(queue.items.map((c: any) => c.id)).toEqual([held.id])
    expect(queue.heldCount).toBe(1)
    expect(queue.items[0]).toMatchObject({ kind: 'review', targetTitle: '马克杯', text: '想要同款加微信', status: 'held', rating: 5 })

    await callOk(database, 'merchant', 'approveComment', { storeId, commentId: held.id }, { openid: OWNER })
    expect(await ids('buyer-2')).toContain(held.id)
  })

  it('a merchant cannot delete a review: FORBIDDEN, nothing changed', async () => {
    const { orderId } = await completedOrder('buyer-9')
    const review = await callOk(database, 'review', 'create', { orderId, rating: 1, text: '太差了' }, { openid: 'buyer-9' })
    const before = await databaseChecksum(database.db)
    const answer = await call(database, 'merchant', 'deleteComment', { storeId, commentId: review.id }, { openid: OWNER })
    expect(answer.status).toBe(403)
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '买家评价不能删除，可以回复或举报' } })
    expect(await databaseChecksum(database.db)).toBe(before)
    const page = await callOk(database, 'review', 'list', { productId: mug.productId, limit: 50 }, { openid: 'buyer-2' })
    expect(page.items.map((r: any) => r.id)).toContain(review.id)
  })

  it('the merchant replies in public; replying again replaces the reply; every shopper sees it', async () => {
    const { orderId } = await completedOrder('buyer-10')
    const review = await callOk(database, 'review', 'create', { orderId, rating: 2, text: '发货慢' }, { openid: 'buyer-10' })
    expect(review.reply).toBeNull()
    const replied = await callOk(database, 'merchant', 'replyReview', { storeId, reviewId: review.id, text: '抱歉，已加急' }, { openid: OWNER })
    expect(replied).toMatchObject({ id: review.id, reply: { text: '抱歉，已加急' } })
    await callOk(database, 'merchant', 'replyReview', { storeId, reviewId: review.id, text: '  已补发，谢谢理解  ' }, { openid: OWNER })
    for (const openid of [undefined, 'buyer-10', 'buyer-2']) {
      const page = await callOk(database, 'review', 'list', { productId: mug.productId, limit: 50 }, { openid })
      const shown = page.items.find((r: any) => r.id === review.id)
      expect(shown?.reply).toEqual({ text: '已补发，谢谢理解', createdAt: expect.any(String) })
    }
    const listed = await callOk(database, 'merchant', 'listComments', { storeId, kind: 'review', limit: 50 }, { openid: OWNER })
    expect(listed.items.find((c: any) => c.id === review.id)?.reply).toMatchObject({ text: '已补发，谢谢理解' })
  })

  it('a risky reply is CONTENT_RISKY and changes nothing', async () => {
    const { orderId } = await completedOrder('buyer-11')
    const review = await callOk(database, 'review', 'create', { orderId, rating: 1, text: '一般' }, { openid: 'buyer-11' })
    const before = await databaseChecksum(database.db)
    const answer = await call(database, 'merchant', 'replyReview', { storeId, reviewId: review.id, text: '欢迎刷单' }, { openid: OWNER })
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
    expect(await databaseChecksum(database.db)).toBe(before)
  })

  it('another store’s owner can neither reply to nor report the review', async () => {
    const rival = (await openStore(database, { ownerOpenid: 'rival-owner' })).storeId
    const { orderId } = await completedOrder('buyer-12')
    const review = await callOk(database, 'review', 'create', { orderId, rating: 5, text: '很好' }, { openid: 'buyer-12' })
    const before = await databaseChecksum(database.db)
    for (const [action, extra] of [['replyReview', { text: '谢谢' }], ['reportReview', { reason: '恶意评价' }]] as const) {
      // Through its own store id the review is not there; through ours the store is not theirs.
      expect((await call(database, 'merchant', action, { storeId: rival, reviewId: review.id, ...extra }, { openid: 'rival-owner' })).status).toBe(404)
      expect((await call(database, 'merchant', action, { storeId, reviewId: review.id, ...extra }, { openid: 'rival-owner' })).status).toBe(403)
      // A live comment is not a review to answer.
      const live = await insertComment(database, { storeId, kind: 'live', targetId: 'room-1', author: 'buyer-12' })
      expect((await call(database, 'merchant', action, { storeId, reviewId: live, ...extra }, { openid: OWNER })).status).toBe(404)
      await database.db.delete(comments).where(eq(comments.id, live))
    }
    expect(await databaseChecksum(database.db)).toBe(before)
  })

  it('a report hides the review only when content security rules its text risky; the report is recorded either way', async () => {
    const { orderId } = await completedOrder('buyer-13')
    const clean = await callOk(database, 'review', 'create', { orderId, rating: 1, text: '质量差，不推荐' }, { openid: 'buyer-13' })
    // A review whose text passed when written, ruled risky under today's rules.
    const risky = await insertComment(database, { storeId, kind: 'review', targetId: mug.productId, author: 'buyer-14', text: '这家店刷单' })
    for (const id of [clean.id, risky]) {
      expect(await callOk(database, 'merchant', 'reportReview', { storeId, reviewId: id, reason: '恶意差评' }, { openid: OWNER })).toEqual({ reported: true })
    }
    const page = await callOk(database, 'review', 'list', { productId: mug.productId, limit: 50 }, { openid: 'buyer-2' })
    const shown = page.items.map((r: any) => r.id)
    expect(shown).toContain(clean.id)
    expect(shown).not.toContain(risky)
    const rows = await database.db.select().from(comments).where(inArray(comments.id, [clean.id, risky]))
    for (const row of rows) {
      expect(row).toMatchObject({ reportReason: '恶意差评', status: row.id === risky ? 'held' : 'visible' })
      expect(row.reportedAt).toBeInstanceOf(Date)
    }
  })

  it('review.list of a draft product is NOT_FOUND to shoppers', async () => {
    const draft = await addProduct(database, storeId, { status: 'draft' })
    expect((await call(database, 'review', 'list', { productId: draft.productId }, { openid: 'buyer-1' })).status).toBe(404)
    expect((await call(database, 'review', 'list', { productId: draft.productId }, { openid: OWNER })).status).toBe(200)
  })
})
