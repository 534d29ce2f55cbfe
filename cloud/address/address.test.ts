import { eq } from 'drizzle-orm'
import { ADDRESS_LIMITS } from '../../src/domain/address'
import type { ActionName, RequestArgs, RequestOf, ResponseOf } from '../../src/services/contract'
import { call, callOkByName, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { addresses } from '../db/schema'

const home = {
  userName: '张三',
  telNumber: '13800138000',
  provinceName: '广东省',
  cityName: '广州市',
  countyName: '海珠区',
  detailInfo: '新港中路 397 号',
  postalCode: '510000',
}
const office = { ...home, userName: '张三（公司）', detailInfo: '天河路 385 号 10 楼' }
const parents = { ...home, userName: '张父', telNumber: '020-81167888', cityName: '佛山市', countyName: '禅城区', detailInfo: '祖庙路 21 号' }

describe(`address book (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase()
  })
  afterAll(() => database.close())

  const as = (openid: string) => ({
    ok: <A extends ActionName<'address'>>(action: A, ...[data]: RequestArgs<'address', A, RequestOf<'address', A>, never>): Promise<ResponseOf<'address', A>> =>
      callOkByName(database, 'address', action, data, { openid }),
    call: (action: string, data: unknown = {}) => call(database, 'address', action, data, { openid }),
  })
  const rowsOf = (openid: string) => database.db.select().from(addresses).where(eq(addresses.openid, openid)).orderBy(addresses.id)
  const defaults = async (openid: string) => (await rowsOf(openid)).filter((r) => r.isDefault).map((r) => r.id)

  it('saves the first address as the default, later ones not, and lists the default first', async () => {
    const me = as('book-a')
    const first = await me.ok('save', home)
    expect(first).toMatchObject({ ...home, isDefault: true })
    expect(first.id).toMatch(/^[A-Za-z0-9]{10}$/)
    const second = await me.ok('save', office)
    expect(second.isDefault).toBe(false)
    const third = await me.ok('save', parents)
    const list = await me.ok('list')
    expect(list.items.map((a: any) => a.id)).toEqual([first.id, third.id, second.id])
  })

  it('stores what the validator normalised', async () => {
    const saved = await as('book-norm').ok('save', { ...home, telNumber: '+86 138 0013 8000', provinceName: '广东', postalCode: undefined })
    expect(saved).toMatchObject({ telNumber: '13800138000', provinceName: '广东省' })
    expect(saved).not.toHaveProperty('postalCode')
  })

  it('moves the default with save { isDefault: true } and with setDefault, keeping exactly one', async () => {
    const me = as('book-b')
    const a = await me.ok('save', home)
    const b = await me.ok('save', { ...office, isDefault: true })
    expect(b.isDefault).toBe(true)
    expect(await defaults('book-b')).toEqual([b.id])
    const again = await me.ok('setDefault', { id: a.id })
    expect(again).toMatchObject({ id: a.id, isDefault: true })
    expect(await defaults('book-b')).toEqual([a.id])
  })

  it('changes an address in place, and can unset the default', async () => {
    const me = as('book-c')
    const a = await me.ok('save', home)
    const changed = await me.ok('save', { ...home, id: a.id, detailInfo: '新港中路 400 号', isDefault: false })
    expect(changed).toMatchObject({ id: a.id, detailInfo: '新港中路 400 号', isDefault: false })
    expect((await me.ok('list')).items).toHaveLength(1)
    // Leaving isDefault out keeps it as it is.
    await me.ok('setDefault', { id: a.id })
    expect(await me.ok('save', { ...home, id: a.id })).toMatchObject({ isDefault: true, detailInfo: home.detailInfo })
  })

  it('removing the default makes the newest remaining address the default', async () => {
    const me = as('book-d')
    const a = await me.ok('save', home)
    await me.ok('save', office)
    const c = await me.ok('save', parents)
    expect(await me.ok('remove', { id: a.id })).toEqual({ deleted: true })
    expect(await defaults('book-d')).toEqual([c.id])
    const list = await me.ok('list')
    expect(list.items[0]).toMatchObject({ id: c.id, isDefault: true })
    expect(list.items).toHaveLength(2)
  })

  it('answers the saved copy when the same address is saved again (checkout saves each address it ships to)', async () => {
    const me = as('book-same')
    const { postalCode: _none, ...typed } = home
    const first = await me.ok('save', typed)
    // Spaces and a short province name normalise to what is already saved.
    const again = await me.ok('save', { ...typed, provinceName: '广东', detailInfo: ' 新港中路  397 号 ' })
    expect(again.id).toBe(first.id)
    expect(await rowsOf('book-same')).toHaveLength(1)
    // The same place with a postal code fills it in; another person there is another address.
    expect(await me.ok('save', home)).toMatchObject({ id: first.id, postalCode: '510000', isDefault: true })
    expect((await me.ok('save', { ...typed, userName: '李四' })).id).not.toBe(first.id)
    expect(await rowsOf('book-same')).toHaveLength(2)
    // Someone else's identical address is theirs alone.
    expect((await as('book-same-2').ok('save', typed)).id).not.toBe(first.id)
  })

  it(`keeps at most ${ADDRESS_LIMITS.perUser} addresses`, async () => {
    const me = as('book-full')
    for (let i = 0; i < ADDRESS_LIMITS.perUser; i++) await me.ok('save', { ...home, detailInfo: `幸福路 ${i} 号` })
    const refused = await me.call('save', home)
    expect(refused.status).toBe(400)
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('最多保存 20 个') } })
    expect(await rowsOf('book-full')).toHaveLength(ADDRESS_LIMITS.perUser)
  })

  describe("another shopper's address", () => {
    let victimId: string
    beforeAll(async () => {
      victimId = (await as('owner').ok('save', home)).id
      await as('owner').ok('save', office)
      await as('intruder').ok('save', parents)
    })

    it.each([
      ['save', () => ({ ...office, id: victimId })],
      ['save', () => ({ ...office, id: victimId, isDefault: true })],
      ['remove', () => ({ id: victimId })],
      ['setDefault', () => ({ id: victimId })],
    ])('is NOT_FOUND to %s (case %#), and stays as it was', async (action, data) => {
      const before = { owner: await rowsOf('owner'), intruder: await rowsOf('intruder') }
      const answer = await as('intruder').call(action, data())
      expect(answer.status).toBe(404)
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      expect({ owner: await rowsOf('owner'), intruder: await rowsOf('intruder') }).toEqual(before)
    })

    it('is not in the list', async () => {
      const list = await as('intruder').ok('list')
      expect(list.items.map((a: any) => a.id)).not.toContain(victimId)
      expect(list.items).toHaveLength(1)
    })

    it('answers exactly like an id that does not exist', async () => {
      const theirs = await as('intruder').call('setDefault', { id: victimId })
      const nobody = await as('intruder').call('setDefault', { id: 'NoSuchAddr' })
      expect(theirs).toEqual(nobody)
    })
  })

  it.each(['list', 'save', 'remove', 'setDefault'])('refuses %s to an anonymous caller with 401', async (action) => {
    const answer = await call(database, 'address', action, action === 'save' ? home : action === 'list' ? {} : { id: 'x' })
    expect(answer.status).toBe(401)
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  describe('bad input', () => {
    let existingId: string
    beforeAll(async () => {
      existingId = (await as('book-bad').ok('save', home)).id
    })

    it.each([
      ['list', { status: 'all' }, null],
      ['save', {}, 'userName'],
      ['save', { ...home, telNumber: '1380013800' }, 'telNumber'],
      ['save', { ...home, telNumber: '138001380000' }, 'telNumber'],
      ['save', { ...home, telNumber: 13800138000 }, 'telNumber'],
      ['save', { ...home, provinceName: '火星省' }, 'provinceName'],
      ['save', { ...home, cityName: '' }, 'cityName'],
      ['save', { ...home, countyName: '   ' }, 'countyName'],
      ['save', { ...home, detailInfo: '路'.repeat(121) }, 'detailInfo'],
      ['save', { ...home, postalCode: '5100' }, 'postalCode'],
      ['save', { ...home, userName: 'x'.repeat(10_000) }, 'userName'],
      ['save', { ...home, isDefault: 'yes' }, 'isDefault'],
      ['save', { ...home, id: "x' or 1=1 --" }, 'id'],
      ['save', { ...home, openid: 'someone-else' }, null],
      ['save', { ...home, nationalCode: '440105' }, null],
      ['remove', {}, 'id'],
      ['remove', { id: ['a'] }, 'id'],
      ['remove', { id: 'x'.repeat(65) }, 'id'],
      ['setDefault', { id: '' }, 'id'],
      ['setDefault', { id: 'ok', extra: 1 }, null],
    ])('%s (case %#) → 400 VALIDATION_FAILED naming the field, and nothing changes', async (action, data, field) => {
      const before = await database.db.select().from(addresses).orderBy(addresses.id)
      const answer = await as('book-bad').call(action, data)
      expect(answer.status).toBe(400)
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
      if (field && !answer.body.ok) {
        const issues = (answer.body.error.details?.issues ?? []) as Array<{ path: string }>
        expect(issues.map((i) => i.path)).toContain(field)
      }
      expect(await database.db.select().from(addresses).orderBy(addresses.id)).toEqual(before)
      expect((await as('book-bad').ok('list')).items.map((a: any) => a.id)).toEqual([existingId])
    })
  })

  it('keeps exactly one default when default changes and saves race', async () => {
    const me = as('book-race')
    const ids: string[] = []
    for (const address of [home, office, parents]) ids.push((await me.ok(`save`, address)).id)
    const answers = await Promise.all([
      ...ids.flatMap((id) => [me.call('setDefault', { id }), me.call('setDefault', { id })]),
      me.call('save', { ...home, detailInfo: '并发路 1 号', isDefault: true }),
      me.call('save', { ...home, detailInfo: '并发路 2 号', isDefault: true }),
      me.call('remove', { id: ids[0] }),
    ])
    for (const answer of answers) expect([200, 404]).toContain(answer.status)
    expect(await defaults('book-race')).toHaveLength(1)
    expect(await rowsOf('book-race')).toHaveLength(4)
  })

  it('saves one copy when the same address is saved by several calls at once (two tabs checking out)', async () => {
    const me = as('book-twins')
    const answers = await Promise.all(Array.from({ length: 6 }, () => me.ok('save', office)))
    expect(new Set(answers.map((a) => a.id)).size).toBe(1)
    expect(await rowsOf('book-twins')).toHaveLength(1)
  })

  it('keeps the 20-address cap under concurrent saves', async () => {
    const me = as('book-rush')
    for (let i = 0; i < ADDRESS_LIMITS.perUser - 2; i++) await me.ok('save', { ...home, detailInfo: `快速路 ${i} 号` })
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => me.call('save', { ...home, detailInfo: `抢位路 ${i} 号` })))
    expect(answers.filter((a) => a.status === 200)).toHaveLength(2)
    expect(await rowsOf('book-rush')).toHaveLength(ADDRESS_LIMITS.perUser)
  })
})
