// Staff invitations and membership through dispatch, as the app calls them: an invitation is
// good once, for 24 hours, for its own store only, never for the store's owner; a member works
// in their role and loses access the moment the owner removes them. The races run on PGlite
// here and on PostgreSQL with real parallelism in the PostgreSQL pass.
import { eq } from 'drizzle-orm'
import { databaseChecksum } from '../../tests/support/checksum'
import { orderRequest, paidOrder } from '../../tests/support/fixtures'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { staffInvites, storeStaff } from '../db/schema'

jest.setTimeout(120_000)

const onPostgres = DATABASE_KIND === 'PostgreSQL'
const HOUR = 3_600_000
let n = 0

describe(`staff invitations (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase({ poolSize: 40 })
  })
  afterAll(() => database.close())

  const as = (openid: string, now?: Date) => ({ openid, ...(now ? { now: () => now } : {}) })
  const codeOf = (answer: { body: any }) => answer.body.data.inviteCode as string
  const errorOf = (answer: { body: any }) => (answer.body.ok ? 'ok' : answer.body.error.code)

  async function openStore(owner: string, name = '店员测试小店') {
    return (await callOk(database, 'merchant', 'openStore', { name }, as(owner))).id as string
  }
  async function invite(owner: string, storeId: string, role: string, now?: Date): Promise<string> {
    return codeOf(await call(database, 'merchant', 'inviteStaff', { storeId, role }, as(owner, now)))
  }

  it('the owner invites a 发货员; the invitee sees the store and role, accepts, and finds the store under 我的店铺 with the role', async () => {
    const id = ++n
    const [owner, invitee] = [`st-owner-${id}`, `st-invitee-${id}`]
    const storeId = await openStore(owner, '邀请小店')
    const made = await callOk(database, 'merchant', 'inviteStaff', { storeId, role: 'shipping' }, as(owner))
    expect(made.inviteCode).toMatch(/^[2-9A-Z]{10}$/)
    expect(made.path).toBe(`packages/merchant/pages/accept-invite/index?code=${made.inviteCode}`)
    expect(Date.parse(made.expiresAt) - Date.now()).toBeGreaterThan(24 * HOUR - 60_000)
    expect(Date.parse(made.expiresAt) - Date.now()).toBeLessThanOrEqual(24 * HOUR)
    expect(made.image).toMatch(/^\/files\/wxacode\//)

    await callOk(database, 'auth', 'updateProfile', { nickname: '小王' }, as(invitee))
    // Typed from the share card in lower case with a space: the same code.
    const typed = `${made.inviteCode.slice(0, 5).toLowerCase()} ${made.inviteCode.slice(5)}`
    expect(await callOk(database, 'merchant', 'viewInvite', { inviteCode: typed }, as(invitee))).toMatchObject({ storeId, storeName: '邀请小店', role: 'shipping', status: 'open' })
    expect(await callOk(database, 'merchant', 'acceptInvite', { inviteCode: typed }, as(invitee))).toEqual({ storeId, role: 'shipping' })

    expect((await callOk(database, 'merchant', 'listMyStores', {}, as(invitee))).items.map((s: any) => [s.id, s.role])).toEqual([[storeId, 'shipping']])
    expect((await callOk(database, 'merchant', 'listMyStores', {}, as(owner))).items.map((s: any) => [s.id, s.role])).toEqual([[storeId, 'owner']])
    expect((await callOk(database, 'auth', 'me', {}, as(invitee))).stores).toEqual([{ id: storeId, name: '邀请小店', role: 'shipping' }])
    const staff = await callOk(database, 'merchant', 'listStaff', { storeId }, as(owner))
    expect(staff.items).toEqual([{ openid: invitee, nickname: '小王', role: 'shipping', since: expect.any(String) }])
    expect(await callOk(database, 'merchant', 'viewInvite', { inviteCode: made.inviteCode }, as(invitee))).toMatchObject({ status: 'used' })
  })

  it('an invitation is good once: a second acceptance is CONFLICT and changes nothing', async () => {
    const id = ++n
    const owner = `st-owner-${id}`
    const storeId = await openStore(owner)
    const code = await invite(owner, storeId, 'service')
    await callOk(database, 'merchant', 'acceptInvite', { inviteCode: code }, as(`st-first-${id}`))
    const before = await databaseChecksum(database.db)
    expect(errorOf(await call(database, 'merchant', 'acceptInvite', { inviteCode: code }, as(`st-second-${id}`)))).toBe('CONFLICT')
    // Not even the one who used it gets it twice.
    expect(errorOf(await call(database, 'merchant', 'acceptInvite', { inviteCode: code }, as(`st-first-${id}`)))).toBe('CONFLICT')
    expect(await databaseChecksum(database.db)).toBe(before)
    expect((await callOk(database, 'merchant', 'listStaff', { storeId }, as(owner))).items.map((m: any) => m.openid)).toEqual([`st-first-${id}`])
  })

  it(`many people accepting one invitation at once: exactly one becomes staff (${onPostgres ? 30 : 8} at once)`, async () => {
    const id = ++n
    const owner = `st-owner-${id}`
    const storeId = await openStore(owner)
    for (let round = 0; round < (onPostgres ? 5 : 2); round++) {
      const code = await invite(owner, storeId, 'manager')
      const people = Array.from({ length: onPostgres ? 30 : 8 }, (_, i) => `st-racer-${id}-${round}-${i}`)
      const answers = await Promise.all(people.map((openid) => call(database, 'merchant', 'acceptInvite', { inviteCode: code }, as(openid))))
      const outcomes = answers.map(errorOf)
      expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1)
      expect(outcomes.filter((o) => o !== 'ok' && o !== 'CONFLICT')).toEqual([])
      const winner = people[outcomes.indexOf('ok')]
      const members = await database.db.select().from(storeStaff).where(eq(storeStaff.storeId, storeId))
      expect(members.filter((m) => people.includes(m.openid)).map((m) => m.openid)).toEqual([winner])
      const [spent] = await database.db.select().from(staffInvites).where(eq(staffInvites.code, code))
      expect(spent.acceptedBy).toBe(winner)
    }
  })

  it('an invitation expires after 24 hours', async () => {
    const id = ++n
    const owner = `st-owner-${id}`
    const storeId = await openStore(owner)
    const madeAt = new Date()
    const late = await invite(owner, storeId, 'shipping', madeAt)
    const inTime = await invite(owner, storeId, 'shipping', madeAt)
    const after = new Date(madeAt.getTime() + 24 * HOUR + 1000)
    expect(await callOk(database, 'merchant', 'viewInvite', { inviteCode: late }, as(`st-late-${id}`, after))).toMatchObject({ status: 'expired' })
    const before = await databaseChecksum(database.db)
    expect(errorOf(await call(database, 'merchant', 'acceptInvite', { inviteCode: late }, as(`st-late-${id}`, after)))).toBe('FORBIDDEN')
    expect(await databaseChecksum(database.db)).toBe(before)
    const justBefore = new Date(madeAt.getTime() + 24 * HOUR - 60_000)
    expect(await callOk(database, 'merchant', 'acceptInvite', { inviteCode: inTime }, as(`st-ontime-${id}`, justBefore))).toEqual({ storeId, role: 'shipping' })
  })

  it('the owner cannot accept an invitation to their own store', async () => {
    const id = ++n
    const owner = `st-owner-${id}`
    const storeId = await openStore(owner)
    const code = await invite(owner, storeId, 'manager')
    expect(await callOk(database, 'merchant', 'viewInvite', { inviteCode: code }, as(owner))).toMatchObject({ status: 'own' })
    const before = await databaseChecksum(database.db)
    expect(errorOf(await call(database, 'merchant', 'acceptInvite', { inviteCode: code }, as(owner)))).toBe('FORBIDDEN')
    expect(await databaseChecksum(database.db)).toBe(before)
    // The invitation is still there for the person it was meant for.
    expect(await callOk(database, 'merchant', 'acceptInvite', { inviteCode: code }, as(`st-meant-${id}`))).toEqual({ storeId, role: 'manager' })
  })

  it("an invitation to store A never grants store B, not even the same owner's", async () => {
    const id = ++n
    const owner = `st-owner-${id}`
    const storeA = await openStore(owner, 'A店')
    const storeB = await openStore(owner, 'B店')
    const member = `st-member-${id}`
    await callOk(database, 'merchant', 'acceptInvite', { inviteCode: await invite(owner, storeA, 'manager') }, as(member))
    expect((await call(database, 'merchant', 'listOrders', { storeId: storeA }, as(member))).status).toBe(200)
    for (const [action, data] of [
      ['listOrders', { storeId: storeB }],
      ['listProducts', { storeId: storeB }],
      ['stats', { storeId: storeB, period: '7d' }],
    ] as const) {
      expect([action, errorOf(await call(database, 'merchant', action, data, as(member)))]).toEqual([action, 'FORBIDDEN'])
    }
    expect((await callOk(database, 'merchant', 'listMyStores', {}, as(member))).items.map((s: any) => s.id)).toEqual([storeA])
    expect((await callOk(database, 'merchant', 'listStaff', { storeId: storeB }, as(owner))).items).toEqual([])
  })

  it('a member invited again takes the new role', async () => {
    const id = ++n
    const owner = `st-owner-${id}`
    const storeId = await openStore(owner)
    const member = `st-member-${id}`
    await callOk(database, 'merchant', 'acceptInvite', { inviteCode: await invite(owner, storeId, 'shipping') }, as(member))
    expect(errorOf(await call(database, 'merchant', 'listProducts', { storeId }, as(member)))).toBe('FORBIDDEN')
    await callOk(database, 'merchant', 'acceptInvite', { inviteCode: await invite(owner, storeId, 'manager') }, as(member))
    expect(errorOf(await call(database, 'merchant', 'listProducts', { storeId }, as(member)))).toBe('ok')
    expect((await callOk(database, 'merchant', 'listStaff', { storeId }, as(owner))).items.map((m: any) => [m.openid, m.role])).toEqual([[member, 'manager']])
  })

  it("a manager opens the store's drafts in the product form; a 发货员 does not", async () => {
    const id = ++n
    const owner = `st-owner-${id}`
    const storeId = await openStore(owner)
    const draft = await callOk(database, 'merchant', 'saveProduct', {
      storeId, title: '草稿', images: ['/files/demo/mug-1.svg'], status: 'draft', skus: [{ specs: {}, price: 500, stock: 1 }],
    }, as(owner))
    const [manager, shipper] = [`st-manager-${id}`, `st-shipper-${id}`]
    await callOk(database, 'merchant', 'acceptInvite', { inviteCode: await invite(owner, storeId, 'manager') }, as(manager))
    await callOk(database, 'merchant', 'acceptInvite', { inviteCode: await invite(owner, storeId, 'shipping') }, as(shipper))
    expect((await callOk(database, 'catalog', 'getProduct', { productId: draft.id }, as(manager))).status).toBe('draft')
    expect(errorOf(await call(database, 'catalog', 'getProduct', { productId: draft.id }, as(shipper)))).toBe('NOT_FOUND')
    expect(errorOf(await call(database, 'catalog', 'getProduct', { productId: draft.id }))).toBe('NOT_FOUND')
  })

  it('removal takes effect at once: the next action of the removed member is FORBIDDEN', async () => {
    const id = ++n
    const owner = `st-owner-${id}`
    const storeId = await openStore(owner)
    const product = await callOk(database, 'merchant', 'saveProduct', {
      storeId, title: '发货测试', images: ['/files/demo/mug-1.svg'], status: 'on_sale', skus: [{ specs: {}, price: 500, stock: 10 }],
    }, as(owner))
    const shopper = `st-shopper-${id}`
    const orderIds: string[] = []
    for (let i = 0; i < 2; i++) {
      const order = await paidOrder(database, shopper, orderRequest({ storeId, skuIds: [product.skus[0].id] }))
      orderIds.push(order.id)
    }
    const shipper = `st-shipper-${id}`
    await callOk(database, 'merchant', 'acceptInvite', { inviteCode: await invite(owner, storeId, 'shipping') }, as(shipper))
    expect((await callOk(database, 'merchant', 'ship', { orderId: orderIds[0], carrier: 'SF', trackingNo: 'SF1000000001' }, as(shipper))).status).toBe('shipped')

    expect(await callOk(database, 'merchant', 'removeStaff', { storeId, openid: shipper }, as(owner))).toEqual({ removed: true })
    const before = await databaseChecksum(database.db)
    expect(errorOf(await call(database, 'merchant', 'ship', { orderId: orderIds[1], carrier: 'SF', trackingNo: 'SF1000000002' }, as(shipper)))).toBe('FORBIDDEN')
    expect(errorOf(await call(database, 'merchant', 'listOrders', { storeId }, as(shipper)))).toBe('FORBIDDEN')
    expect(await databaseChecksum(database.db)).toBe(before)
    expect((await callOk(database, 'merchant', 'listMyStores', {}, as(shipper))).items).toEqual([])
    expect(errorOf(await call(database, 'merchant', 'removeStaff', { storeId, openid: shipper }, as(owner)))).toBe('NOT_FOUND')
  })

  it('an unknown or malformed code is NOT_FOUND or VALIDATION_FAILED', async () => {
    expect(errorOf(await call(database, 'merchant', 'acceptInvite', { inviteCode: 'ABCDEFGHJK' }, as('st-nobody')))).toBe('NOT_FOUND')
    expect(errorOf(await call(database, 'merchant', 'viewInvite', { inviteCode: 'ABCDEFGHJK' }, as('st-nobody')))).toBe('NOT_FOUND')
    expect(errorOf(await call(database, 'merchant', 'acceptInvite', { inviteCode: 'O0I1<script>' }, as('st-nobody')))).toBe('VALIDATION_FAILED')
  })
})
