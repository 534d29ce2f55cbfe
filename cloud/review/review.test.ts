import { eq } from 'drizzle-orm'
import { insertOrder, insertProduct, insertStore } from '../../tests/support/merchant-fixtures'
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
    storeId = await insertStore(database, OWNER)
    mug = await insertProduct(database, storeId, { title: '马克杯' })
    bowl = await insertProduct(database, storeId, { title: '饭碗' })
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

  it('a review the merchant deletes disappears for every shopper, its author included', async () => {
    const { orderId } = await completedOrder('buyer-9')
    const review = await callOk(database, 'review', 'create', { orderId, rating: 1, text: '太差了' }, { openid: 'buyer-9' })
    expect(await callOk(database, 'merchant', 'deleteComment', { storeId, commentId: review.id }, { openid: OWNER })).toEqual({ deleted: true })
    for (const openid of [undefined, 'buyer-9', 'buyer-2', OWNER]) {
      const page = await callOk(database, 'review', 'list', { productId: mug.productId, limit: 50 }, { openid })
      expect(page.items.map((r: any) => r.id)).not.toContain(review.id)
    }
    const [row] = await database.db.select().from(comments).where(eq(comments.id, review.id))
    expect(row).toMatchObject({ status: 'deleted', deletedBy: OWNER })
    expect(row.deletedAt).toBeInstanceOf(Date)
    const listed = await callOk(database, 'merchant', 'listComments', { storeId, limit: 50 }, { openid: OWNER })
    expect(listed.items.map((c: any) => c.id)).not.toContain(review.id)
    // Deleting again is harmless; approving a deleted one is NOT_FOUND.
    expect(await callOk(database, 'merchant', 'deleteComment', { storeId, commentId: review.id }, { openid: OWNER })).toEqual({ deleted: true })
    const approve = await call(database, 'merchant', 'approveComment', { storeId, commentId: review.id }, { openid: OWNER })
    expect(approve.status).toBe(404)
  })

  it('review.list of a draft product is NOT_FOUND to shoppers', async () => {
    const draft = await insertProduct(database, storeId, { status: 'draft' })
    expect((await call(database, 'review', 'list', { productId: draft.productId }, { openid: 'buyer-1' })).status).toBe(404)
    expect((await call(database, 'review', 'list', { productId: draft.productId }, { openid: OWNER })).status).toBe(200)
  })
})
