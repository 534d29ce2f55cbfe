// 客服 through the real dispatch: only the two parties read and write a conversation, cards
// come from the server and only for the shopper's own orders in that store, a resend with the
// same clientId stores one message, unread counts follow sends and reads, and content security,
// media checks and the per-sender limit apply.
import { eq } from 'drizzle-orm'
import { registry } from '../functions'
import { dispatch } from '../dispatch'
import type { Database } from '../db/client'
import { chatMessages } from '../db/schema'
import { localPlatform, type LocalPlatform } from '../platform/local'
import { call, callOk, DATABASE_KIND, openTestDatabase, type CallOptions } from '../../tests/support/test-db'
import { insertOrder, addProduct, openStore } from '../../tests/support/fixtures'
import { RATE_LIMITS } from '../limits/rate-limits'

jest.setTimeout(60_000)

const OWNER = 'chat-owner'
const OTHER_OWNER = 'chat-other-owner'
const SHOPPER = 'chat-shopper'
const STRANGER = 'chat-stranger'

let n = 0
const clientId = () => `client-${Date.now().toString(36)}-${++n}`

describe(`chat (${DATABASE_KIND})`, () => {
  let database: Database
  let platform: LocalPlatform
  let storeId: string
  let otherStoreId: string
  let product: { productId: string; skuId: string }
  let ownOrder: string
  let strangersOrder: string
  let otherStoreOrder: string

  const as = (openid: string | undefined, options: CallOptions = {}): CallOptions => ({ openid, platform, ...options })
  const send = (openid: string, conversationId: string, data: Record<string, unknown>) =>
    call(database, 'chat', 'send', { conversationId, clientId: clientId(), ...data }, as(openid))
  const codeOf = (answer: Awaited<ReturnType<typeof call>>) => (answer.body.ok ? 'ok' : answer.body.error.code)

  beforeAll(async () => {
    database = await openTestDatabase()
    platform = localPlatform()
    platform.media.receive(async (event) => {
      const answer = await dispatch(registry, 'timer', { action: 'mediaCheckResult', data: event }, {
        db: database.db, identity: null, caller: 'platform', platform, now: () => new Date(), production: false,
      })
      if (!answer.body.ok) throw new Error(JSON.stringify(answer.body.error))
    })
    storeId = (await openStore(database, { ownerOpenid: OWNER, name: '客服小店' })).storeId
    otherStoreId = (await openStore(database, { ownerOpenid: OTHER_OWNER, name: '隔壁小店' })).storeId
    product = await addProduct(database, storeId, { title: '手冲壶', price: 8800 })
    const otherProduct = await addProduct(database, otherStoreId, { title: '隔壁的壶' })
    const line = { ...product, price: 8800, quantity: 1 }
    ownOrder = (await insertOrder(database, { storeId, buyer: SHOPPER, status: 'paid', lines: [line] })).orderId
    strangersOrder = (await insertOrder(database, { storeId, buyer: STRANGER, status: 'paid', lines: [line] })).orderId
    otherStoreOrder = (await insertOrder(database, { storeId: otherStoreId, buyer: SHOPPER, status: 'paid', lines: [{ ...otherProduct, price: 1000, quantity: 1 }] })).orderId
  })
  afterAll(() => database.close())

  async function openAs(openid: string, data: { productId?: string; orderId?: string } = {}) {
    return callOk(database, 'chat', 'open', { storeId, ...data }, as(openid))
  }

  it('opens one conversation per shopper and store, with the product card built by the server', async () => {
    const first = await openAs(SHOPPER, { productId: product.productId })
    expect(first.attach?.product).toEqual({ id: product.productId, title: '手冲壶', image: '/files/demo/mug-1.svg', price: 8800 })
    expect(first).toMatchObject({ storeId, storeName: '客服小店', unread: 0, lastMessage: null })
    const again = await openAs(SHOPPER)
    expect(again.id).toBe(first.id)
    expect(again.attach).toBeUndefined()
  })

  it('refuses an order card for another shopper’s order or another store’s order, at open and at send', async () => {
    const conversation = await openAs(SHOPPER)
    expect(codeOf(await call(database, 'chat', 'open', { storeId, orderId: strangersOrder }, as(SHOPPER)))).toBe('NOT_FOUND')
    expect(codeOf(await call(database, 'chat', 'open', { storeId, orderId: otherStoreOrder }, as(SHOPPER)))).toBe('NOT_FOUND')
    expect(codeOf(await send(SHOPPER, conversation.id, { kind: 'order', orderId: strangersOrder }))).toBe('NOT_FOUND')
    expect(codeOf(await send(SHOPPER, conversation.id, { kind: 'order', orderId: otherStoreOrder }))).toBe('NOT_FOUND')
    // Nor may the store send the shopper someone else's order.
    expect(codeOf(await send(OWNER, conversation.id, { kind: 'order', orderId: strangersOrder }))).toBe('NOT_FOUND')

    const opened = await openAs(SHOPPER, { orderId: ownOrder })
    expect(opened.attach?.order).toMatchObject({ id: ownOrder, status: 'paid', total: 8800, title: '测试商品', quantity: 1 })
    const sent = await send(SHOPPER, conversation.id, { kind: 'order', orderId: ownOrder })
    expect(sent.body.ok && (sent.body.data as { order: unknown }).order).toMatchObject({ id: ownOrder, total: 8800 })
    expect(JSON.stringify(sent.body)).not.toContain('address')
  })

  it('lets only the shopper and the store read or write the conversation', async () => {
    const conversation = await openAs(SHOPPER)
    await callOk(database, 'chat', 'send', { conversationId: conversation.id, kind: 'text', text: '在吗', clientId: clientId() }, as(SHOPPER))
    for (const outsider of [STRANGER, OTHER_OWNER]) {
      expect(codeOf(await call(database, 'chat', 'list', { conversationId: conversation.id }, as(outsider)))).toBe('NOT_FOUND')
      expect(codeOf(await send(outsider, conversation.id, { kind: 'text', text: '我也来' }))).toBe('NOT_FOUND')
      expect(codeOf(await call(database, 'chat', 'read', { conversationId: conversation.id }, as(outsider)))).toBe('NOT_FOUND')
      expect(codeOf(await call(database, 'chat', 'recentOrders', { conversationId: conversation.id }, as(outsider)))).toBe('NOT_FOUND')
    }
    expect(codeOf(await call(database, 'chat', 'conversations', { storeId }, as(OTHER_OWNER)))).toBe('FORBIDDEN')
    expect(codeOf(await call(database, 'chat', 'list', { conversationId: conversation.id }, as(undefined)))).toBe('UNAUTHENTICATED')
    const mine = await callOk(database, 'chat', 'conversations', {}, as(STRANGER))
    expect(mine.items).toEqual([])
    // The owner cannot open a conversation with their own store: they answer from the inbox.
    expect(codeOf(await call(database, 'chat', 'open', { storeId }, as(OWNER)))).toBe('FORBIDDEN')
  })

  it('stores one message for a resend with the same clientId, and refuses the id for another message', async () => {
    const conversation = await openAs(SHOPPER)
    const id = clientId()
    const data = { conversationId: conversation.id, kind: 'text' as const, text: '还有货吗', clientId: id }
    const [a, b] = await Promise.all([call(database, 'chat', 'send', data, as(SHOPPER)), call(database, 'chat', 'send', data, as(SHOPPER))])
    const c = await callOk(database, 'chat', 'send', data, as(SHOPPER))
    expect([a.body.ok && (a.body.data as { id: string }).id, b.body.ok && (b.body.data as { id: string }).id]).toEqual([c.id, c.id])
    const rows = await database.db.select().from(chatMessages).where(eq(chatMessages.clientId, id))
    expect(rows).toHaveLength(1)
    expect(codeOf(await call(database, 'chat', 'send', { ...data, text: '另一句话' }, as(SHOPPER)))).toBe('IDEMPOTENCY_MISMATCH')
  })

  it('counts unread for the other side, zeroes it on read, and shows the thread newest first to both sides', async () => {
    const shopper = 'chat-shopper-unread'
    const conversation = await openAs(shopper, { productId: product.productId })
    await callOk(database, 'chat', 'send', { conversationId: conversation.id, kind: 'product', productId: product.productId, clientId: clientId() }, as(shopper))
    await callOk(database, 'chat', 'send', { conversationId: conversation.id, kind: 'text', text: '这个壶能直火吗', clientId: clientId() }, as(shopper))
    const inbox = await callOk(database, 'chat', 'conversations', { storeId }, as(OWNER))
    const row = inbox.items.find((item: { id: string }) => item.id === conversation.id)
    expect(row).toMatchObject({ unread: 2, shopper: { nickname: '微信用户' }, lastMessage: { kind: 'text', text: '这个壶能直火吗', from: 'shopper' } })
    expect(JSON.stringify(inbox)).not.toContain(shopper)

    const thread = await callOk(database, 'chat', 'list', { conversationId: conversation.id }, as(OWNER))
    expect(thread.items.map((m: { kind: string }) => m.kind)).toEqual(['text', 'product'])
    expect(thread.items[1].product).toMatchObject({ id: product.productId, title: '手冲壶', price: 8800 })
    expect(await callOk(database, 'chat', 'read', { conversationId: conversation.id }, as(OWNER))).toEqual({ unread: 0 })
    await callOk(database, 'chat', 'send', { conversationId: conversation.id, kind: 'text', text: '可以的', clientId: clientId() }, as(OWNER))

    const mine = await callOk(database, 'chat', 'conversations', {}, as(shopper))
    expect(mine.items).toEqual([expect.objectContaining({ id: conversation.id, unread: 1, lastMessage: expect.objectContaining({ from: 'store', text: '可以的' }) })])
    const inboxAfter = await callOk(database, 'chat', 'conversations', { storeId }, as(OWNER))
    expect(inboxAfter.items.find((item: { id: string }) => item.id === conversation.id)?.unread).toBe(0)

    const firstPage = await callOk(database, 'chat', 'list', { conversationId: conversation.id, limit: 2 }, as(shopper))
    const secondPage = await callOk(database, 'chat', 'list', { conversationId: conversation.id, limit: 2, cursor: firstPage.nextCursor }, as(shopper))
    expect([...firstPage.items, ...secondPage.items].map((m: { seq: number }) => m.seq)).toEqual(
      [...firstPage.items, ...secondPage.items].map((m: { seq: number }) => m.seq).sort((x: number, y: number) => y - x),
    )
    expect(secondPage.nextCursor).toBeNull()
  })

  it('refuses risky text, keeps text held for review from the store, and hides a risky picture from the other side', async () => {
    const shopper = 'chat-shopper-content'
    const conversation = await openAs(shopper)
    expect(codeOf(await send(shopper, conversation.id, { kind: 'text', text: '来赌博吧' }))).toBe('CONTENT_RISKY')
    const held = await callOk(database, 'chat', 'send', { conversationId: conversation.id, kind: 'text', text: '加微信聊', clientId: clientId() }, as(shopper))
    expect(held.hidden).toBe(true)
    const risky = '/files/uploads/2026-12/chat-risky.jpg'
    const safe = '/files/uploads/2026-12/chat-photo.jpg'
    await callOk(database, 'chat', 'send', { conversationId: conversation.id, kind: 'image', imageUrl: risky, clientId: clientId() }, as(shopper))
    await callOk(database, 'chat', 'send', { conversationId: conversation.id, kind: 'image', imageUrl: safe, clientId: clientId() }, as(shopper))
    expect(platform.media.pending().length).toBeGreaterThanOrEqual(2)
    await platform.media.deliver()

    const storeView = await callOk(database, 'chat', 'list', { conversationId: conversation.id }, as(OWNER))
    expect(storeView.items.map((m: { imageUrl?: string; text?: string }) => m.imageUrl ?? m.text)).toEqual([safe])
    const own = await callOk(database, 'chat', 'list', { conversationId: conversation.id }, as(shopper))
    expect(own.items.map((m: { imageUrl?: string; text?: string; hidden?: boolean }) => [m.imageUrl ?? m.text, m.hidden ?? false])).toEqual([
      [safe, false],
      [risky, true],
      ['加微信聊', true],
    ])
    // The held text never counted as unread for the store.
    const inbox = await callOk(database, 'chat', 'conversations', { storeId }, as(OWNER))
    expect(inbox.items.find((item: { id: string }) => item.id === conversation.id)?.unread).toBe(2)
  })

  it('refuses a message without its field, with another kind’s field, or a card of another store’s product', async () => {
    const conversation = await openAs(SHOPPER)
    expect(codeOf(await send(SHOPPER, conversation.id, { kind: 'text', text: '   ' }))).toBe('VALIDATION_FAILED')
    expect(codeOf(await send(SHOPPER, conversation.id, { kind: 'image' }))).toBe('VALIDATION_FAILED')
    expect(codeOf(await send(SHOPPER, conversation.id, { kind: 'text', text: '你好', productId: product.productId }))).toBe('VALIDATION_FAILED')
    expect(codeOf(await send(SHOPPER, conversation.id, { kind: 'image', imageUrl: 'javascript:alert(1)' }))).toBe('VALIDATION_FAILED')
    const foreign = await addProduct(database, otherStoreId, { title: '别家的' })
    expect(codeOf(await send(SHOPPER, conversation.id, { kind: 'product', productId: foreign.productId }))).toBe('NOT_FOUND')
    const draft = await addProduct(database, storeId, { title: '草稿', status: 'draft' })
    expect(codeOf(await send(SHOPPER, conversation.id, { kind: 'product', productId: draft.productId }))).toBe('NOT_FOUND')
  })

  it('limits how fast one sender sends, across conversations, without costing a resend', async () => {
    const shopper = 'chat-shopper-fast'
    const conversation = await openAs(shopper)
    const now = new Date('2026-12-07T10:00:00Z')
    const at = (ms: number) => as(shopper, { now: () => new Date(now.getTime() + ms) })
    const ids: string[] = []
    for (let i = 0; i < RATE_LIMITS.chatMessages.limit; i++) {
      ids.push(clientId())
      await callOk(database, 'chat', 'send', { conversationId: conversation.id, kind: 'text', text: `第${i}条`, clientId: ids[i] }, at(i))
    }
    const over = await call(database, 'chat', 'send', { conversationId: conversation.id, kind: 'text', text: '太快了', clientId: clientId() }, at(RATE_LIMITS.chatMessages.limit))
    expect(codeOf(over)).toBe('RATE_LIMITED')
    // A resend of a stored message is answered, not counted.
    const resend = await call(database, 'chat', 'send', { conversationId: conversation.id, kind: 'text', text: '第0条', clientId: ids[0] }, at(RATE_LIMITS.chatMessages.limit + 1))
    expect(codeOf(resend)).toBe('ok')
    const later = await call(database, 'chat', 'send', { conversationId: conversation.id, kind: 'text', text: '好了', clientId: clientId() }, at(RATE_LIMITS.chatMessages.windowMs + 100))
    expect(codeOf(later)).toBe('ok')
  })

  it('saves and lists the store’s quick replies, for the store only; shows the shopper’s recent orders without address', async () => {
    const saved = await callOk(database, 'chat', 'saveQuickReplies', { storeId, replies: ['亲，在的', '今天下午发货', '亲，在的'] }, as(OWNER))
    expect(saved.items).toEqual(['亲，在的', '今天下午发货'])
    expect((await callOk(database, 'chat', 'listQuickReplies', { storeId }, as(OWNER))).items).toEqual(['亲，在的', '今天下午发货'])
    expect(codeOf(await call(database, 'chat', 'listQuickReplies', { storeId }, as(SHOPPER)))).toBe('FORBIDDEN')
    expect(codeOf(await call(database, 'chat', 'saveQuickReplies', { storeId, replies: [] }, as(OTHER_OWNER)))).toBe('FORBIDDEN')

    const conversation = await openAs(SHOPPER)
    const recent = await callOk(database, 'chat', 'recentOrders', { conversationId: conversation.id }, as(OWNER))
    expect(recent.items.map((o: { id: string }) => o.id)).toEqual([ownOrder])
    expect(JSON.stringify(recent)).not.toMatch(/address|telNumber/)
  })
})
