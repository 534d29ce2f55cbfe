import { insertComment, addProduct, openStore } from '../../tests/support/fixtures'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'

const OWNER = 'comments-owner'

describe(`merchant.listComments / deleteComment across reviews, live rooms and posts (${DATABASE_KIND})`, () => {
  let database: Database
  let storeId: string
  let otherStore: string
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    database = await openTestDatabase()
    storeId = (await openStore(database, { ownerOpenid: OWNER })).storeId
    otherStore = (await openStore(database, { ownerOpenid: 'someone-else' })).storeId
    const { productId } = await addProduct(database, storeId, { title: '茶杯' })
    ids.review = await insertComment(database, { storeId, kind: 'review', targetId: productId, author: 'shopper-1' })
    ids.live = await insertComment(database, { storeId, kind: 'live', targetId: 'room-1', author: 'shopper-2', text: '主播好' })
    ids.post = await insertComment(database, { storeId, kind: 'post', targetId: 'post-1', author: 'shopper-3', status: 'held', text: '私聊我' })
    ids.own = await insertComment(database, { storeId, kind: 'live', targetId: 'room-1', author: OWNER, text: '欢迎大家' })
    ids.foreign = await insertComment(database, { storeId: otherStore, kind: 'live', targetId: 'room-9', author: 'shopper-1' })
  })
  afterAll(() => database.close())

  it('lists the store’s comments of every kind, newest first, never another store’s', async () => {
    const page = await callOk(database, 'merchant', 'listComments', { storeId }, { openid: OWNER })
    expect(page.items.map((c: any) => c.id)).toEqual([ids.own, ids.post, ids.live, ids.review])
    expect(page.items.find((c: any) => c.id === ids.review)).toMatchObject({ kind: 'review', targetTitle: '茶杯', rating: 4 })
    expect(page.heldCount).toBe(1)
  })

  it('filters by kind and status', async () => {
    const live = await callOk(database, 'merchant', 'listComments', { storeId, kind: 'live' }, { openid: OWNER })
    expect(live.items.map((c: any) => c.id)).toEqual([ids.own, ids.live])
    const held = await callOk(database, 'merchant', 'listComments', { storeId, status: 'held' }, { openid: OWNER })
    expect(held.items.map((c: any) => c.id)).toEqual([ids.post])
  })

  it('deletes a live comment and a post comment of others on its own store', async () => {
    for (const id of [ids.live, ids.post]) {
      expect(await callOk(database, 'merchant', 'deleteComment', { storeId, commentId: id }, { openid: OWNER })).toEqual({ deleted: true })
    }
    const page = await callOk(database, 'merchant', 'listComments', { storeId }, { openid: OWNER })
    expect(page.items.map((c: any) => c.id)).toEqual([ids.own, ids.review])
    expect(page.heldCount).toBe(0)
  })

  it('cannot reach another store’s comment through its own store id', async () => {
    const answer = await call(database, 'merchant', 'deleteComment', { storeId, commentId: ids.foreign }, { openid: OWNER })
    expect(answer.status).toBe(404)
    const theirs = await callOk(database, 'merchant', 'listComments', { storeId: otherStore }, { openid: 'someone-else' })
    expect(theirs.items.map((c: any) => c.id)).toEqual([ids.foreign])
  })
})
