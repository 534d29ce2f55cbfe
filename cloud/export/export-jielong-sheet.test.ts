// merchant.exportJielongSheet on a real database: the file holds exactly the sheet (paid
// entries by pickup point, subtotals and totals; not the unpaid or the refunded), in .xlsx and
// .csv, and only the store's owner and its managers (who may read the sheet) get it.
import ExcelJS from 'exceljs'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import type { StaffRole } from '../../src/domain/staff-roles'
import { JIELONG_SHEET_COLUMNS, SUBTOTAL_LABEL, TOTAL_LABEL } from '../../src/domain/jielong-sheet-export'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { ADDRESS, makeStore, type Fixture } from '../../tests/support/fixtures'
import { localPlatform, type LocalPlatform } from '../platform/local'
import type { Database } from '../db/client'

jest.setTimeout(120_000)

const key = () => randomBytes(8).toString('hex')
const PHONE = '13987650000'

describe(`merchant.exportJielongSheet (${DATABASE_KIND})`, () => {
  let database: Database
  let platform: LocalPlatform
  let shop: Fixture
  let jielongId: string
  const staff = { manager: 'jx-manager', service: 'jx-service', shipping: 'jx-shipping' }

  beforeAll(async () => {
    database = await openTestDatabase()
    platform = localPlatform()
    shop = await makeStore(database, { skus: [{ price: 1000, stock: 50 }, { price: 500, stock: 50 }], pickupAddress: '' })
    const owner = { openid: shop.ownerOpenid }
    for (const [role, openid] of Object.entries(staff) as Array<[StaffRole, string]>) {
      const { inviteCode } = await callOk(database, 'merchant', 'inviteStaff', { storeId: shop.storeId, role }, owner)
      await callOk(database, 'merchant', 'acceptInvite', { inviteCode }, { openid })
    }
    const jielong = await callOk(database, 'merchant', 'saveJielong', {
      storeId: shop.storeId, title: '周末团购', items: [{ skuId: shop.skuIds[0] }, { skuId: shop.skuIds[1] }],
      endAt: new Date(Date.now() + 86_400_000).toISOString(), delivery: 'both',
      pickupPoints: [{ name: '东门', address: '幸福小区东门' }, { name: '西门', address: '幸福小区西门' }],
    }, owner)
    jielongId = jielong.id
    const [east, west] = jielong.pickupPoints
    const join = async (openid: string, name: string, point: string | null, quantities: [number, number], pay = true) => {
      const lines = quantities.map((quantity, i) => ({ skuId: shop.skuIds[i], quantity })).filter((line) => line.quantity > 0)
      const order = await callOk(database, 'jielong', 'join', {
        jielongId, lines, ...(point ? { pickupPointId: point } : {}), address: { ...ADDRESS, userName: name, telNumber: PHONE }, idempotencyKey: key(),
      }, { openid })
      if (pay) await callOk(database, 'payment', 'simulate', { orderId: order.id }, { openid })
      return order.id as string
    }
    await join('jx-1', '张三', east.id, [1, 2]) // no. 1
    const refunded = await join('jx-2', '李四', west.id, [2, 0]) // no. 2, refunded below
    await join('jx-3', '+王五', east.id, [0, 1]) // no. 3: a name that looks like a formula
    await join('jx-4', '赵六', null, [1, 1]) // no. 4, express
    await join('jx-5', '钱七', east.id, [5, 0], false) // never paid
    await callOk(database, 'order', 'requestRefund', { orderId: refunded, reason: '买多了' }, { openid: 'jx-2' })
    await callOk(database, 'merchant', 'decideRefund', { orderId: refunded, approve: true }, owner)
  })
  afterAll(() => database.close())

  const exportsDir = () => path.join(platform.files.uploadsDir, '..', 'exports')
  const fileOf = (url: string) => {
    const [, token, name] = /^\/files\/exports\/([^/]+)\/(.+)$/.exec(url)!
    return path.join(exportsDir(), token, name)
  }
  const exportAs = (format: 'csv' | 'xlsx', openid = shop.ownerOpenid, data: Record<string, unknown> = {}) =>
    call(database, 'merchant', 'exportJielongSheet', { storeId: shop.storeId, jielongId, format, ...data }, { openid, platform })
  const sheetOf = () => callOk(database, 'merchant', 'jielongSheet', { storeId: shop.storeId, jielongId }, { openid: shop.ownerOpenid })

  it('xlsx: the sheet’s columns, its entries by pickup point, subtotals and totals equal to the sheet', async () => {
    const answer = ((await exportAs('xlsx')).body as { ok: true; data: any }).data
    expect(answer).toMatchObject({ entries: 3, fileName: expect.stringMatching(/^jielong-[A-Za-z0-9]+-\d{8}\.xlsx$/) })
    expect(answer.url).toMatch(/^\/files\/exports\/[A-Za-z0-9_-]{32}\/jielong-/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(fileOf(answer.url))
    const sheet = workbook.worksheets[0]
    expect(sheet.name).toBe('备货单')
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(JIELONG_SHEET_COLUMNS.map((c) => c.header))
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => (sheet.getRow(i + 2).values as unknown[]).slice(1))
    expect(rows).toHaveLength(answer.rows)
    const title = (t: string) => (t.includes('色0') ? 'A' : 'B')
    // Entry lines: point, number, name, phone, goods, quantity; the refunded no. 2 and the unpaid one are not there.
    const entryRows = rows.filter((r) => typeof r[1] === 'number').map((r) => [r[0], r[1], r[2], r[3], title(String(r[4])), r[5]])
    expect(entryRows).toEqual([
      ['东门', 1, '张三', PHONE, 'A', 1],
      ['东门', 1, '张三', PHONE, 'B', 2],
      ['东门', 3, '+王五', PHONE, 'B', 1],
      ['快递到家', 4, '赵六', PHONE, 'A', 1],
      ['快递到家', 4, '赵六', PHONE, 'B', 1],
    ])
    expect(rows.find((r) => r[1] === 4)?.[6]).toContain(ADDRESS.detailInfo)
    const labelled = (label: string) => rows.filter((r) => r[2] === label).map((r) => [r[0], title(String(r[4])), r[5]])
    expect(labelled(SUBTOTAL_LABEL)).toEqual([['东门', 'A', 1], ['东门', 'B', 3], ['快递到家', 'A', 1], ['快递到家', 'B', 1]])
    // The totals are the sheet's: what merchant.jielongSheet shows, line for line.
    const shown = await sheetOf()
    expect(labelled(TOTAL_LABEL).map(([, t, q]) => [t, q])).toEqual(shown.totals.map((l: any) => [title(l.title), l.quantity]))
    expect(shown.totals.map((l: any) => title(l.title))).toEqual(['A', 'B'])
  })

  it('csv: a BOM, the same rows, formula-looking text defused', async () => {
    const answer = ((await exportAs('csv')).body as { ok: true; data: any }).data
    expect(answer.fileName).toMatch(/\.csv$/)
    const text = readFileSync(fileOf(answer.url), 'utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const lines = text.slice(1).trim().split('\n')
    expect(lines[0]).toBe(JIELONG_SHEET_COLUMNS.map((c) => c.header).join(','))
    expect(lines).toHaveLength(answer.rows + 1)
    expect(text).toContain("'+王五")
    expect(text).not.toContain('李四')
    expect(text).not.toContain('钱七')
    expect(lines.filter((line) => line.startsWith('西门,'))).toEqual([]) // 西门's only entry was refunded
  })

  it('goes to the owner and managers only; the others are refused and no file is written', async () => {
    const manager = await exportAs('csv', staff.manager)
    expect(manager.body.ok).toBe(true)
    expect(readFileSync(fileOf((manager.body as { data: any }).data.url), 'utf8')).toContain(PHONE)
    const other = await makeStore(database, { skus: [{ price: 100, stock: 1 }] })
    const before = readdirSync(exportsDir()).length
    for (const openid of [staff.service, staff.shipping, other.ownerOpenid, 'jx-1']) {
      const answer = await exportAs('xlsx', openid)
      expect([openid, answer.status, answer.body]).toEqual([openid, 403, { ok: false, error: expect.objectContaining({ code: 'FORBIDDEN' }) }])
    }
    const anonymous = await call(database, 'merchant', 'exportJielongSheet', { storeId: shop.storeId, jielongId, format: 'csv' }, { openid: undefined, platform })
    expect(anonymous.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    // Another store's owner naming this 接龙 from their own store: it is not theirs.
    const cross = await call(database, 'merchant', 'exportJielongSheet', { storeId: other.storeId, jielongId, format: 'csv' }, { openid: other.ownerOpenid, platform })
    expect(cross.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    for (const data of [{ format: 'pdf' }, { jielongId: '../x' }, { extra: 1 }]) {
      expect((await exportAs('csv', shop.ownerOpenid, data)).body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    }
    expect(readdirSync(exportsDir()).length).toBe(before)
    expect(existsSync(exportsDir())).toBe(true)
  })
})
