import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { makeStore, orderRequest, paidOrder, placeOrder, type Fixture } from '../../tests/support/fixtures'
import { localPlatform, type LocalPlatform } from '../platform/local'
import { localFiles } from '../platform/local/files'
import { PAID_COLUMN } from '../../src/domain/order-export'
import { periodStart } from '../../src/domain/sales-stats'
import type { Database } from '../db/client'

jest.setTimeout(60_000)

describe(`merchant.exportOrders (${DATABASE_KIND})`, () => {
  let database: Database
  let platform: LocalPlatform
  let shop: Fixture
  let other: Fixture
  const buyer = 'export-buyer'

  beforeAll(async () => {
    database = await openTestDatabase()
    platform = localPlatform()
    shop = await makeStore(database, { skus: [{ price: 1290, stock: 100, specs: { 颜色: '月白' } }, { price: 3500, stock: 100, specs: { 颜色: '=天青' } }] })
    other = await makeStore(database, { skus: [{ price: 999, stock: 100 }] })
    const buy = (store: Fixture, lines: Array<[number, number]>, pay = true) => {
      const request = orderRequest(store, lines, { note: '+请包好' })
      return pay ? paidOrder(database, buyer, request) : placeOrder(database, buyer, request)
    }
    await buy(shop, [[0, 2], [1, 1]])
    await buy(shop, [[1, 3]])
    await buy(shop, [[0, 1]], false) // unpaid: not a sale
    const refunded = await buy(shop, [[0, 1]])
    await callOk(database, 'order', 'requestRefund', { orderId: refunded.id, reason: '拍错了' }, { openid: buyer })
    await buy(other, [[0, 5]])
  })
  afterAll(() => database.close())

  const range = () => {
    const to = new Date()
    return { from: periodStart(to, '7d').toISOString(), to: to.toISOString() }
  }
  const fileOf = (url: string) => {
    const [, token, name] = /^\/files\/exports\/([^/]+)\/(.+)$/.exec(url)!
    return path.join(platform.files.uploadsDir, '..', 'exports', token, name)
  }
  const exportAs = (format: 'csv' | 'xlsx', data: Record<string, unknown> = {}) =>
    callOk(database, 'merchant', 'exportOrders', { storeId: shop.storeId, ...range(), format, ...data }, { openid: shop.ownerOpenid, platform })

  it('xlsx: Chinese headers, one line per item, and the 订单实付 column sums to merchant.stats', async () => {
    const answer = await exportAs('xlsx')
    expect(answer).toMatchObject({ rows: 4, fileName: expect.stringMatching(/^orders-\d{8}-\d{8}\.xlsx$/) })
    // The token makes the address unguessable.
    expect(answer.url).toMatch(/^\/files\/exports\/[A-Za-z0-9_-]{32}\/orders-/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(fileOf(answer.url))
    const sheet = workbook.worksheets[0]
    expect(sheet.getRow(1).getCell(1).text).toBe('订单号')
    expect(sheet.getRow(2).getCell(1).text).toMatch(/^\d{8}-\d{4}$/)
    expect(sheet.getRow(1).getCell(PAID_COLUMN + 1).text).toBe('订单实付（元）')
    let paid = 0
    for (let r = 2; r <= sheet.rowCount; r++) paid += Math.round(Number(sheet.getRow(r).getCell(PAID_COLUMN + 1).value ?? 0) * 100)
    const stats = await callOk(database, 'merchant', 'stats', { storeId: shop.storeId, period: '7d' }, { openid: shop.ownerOpenid })
    expect(paid).toBe(stats.totals.paidAmount)
    expect(sheet.rowCount - 1).toBe(answer.rows)
    const cells = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).values as unknown[]).flat()
    expect(cells).toContain('张三')
    expect(cells).toContain(12.9)
  })

  it('csv: a BOM, yuan with two decimals, formula-looking text defused, and the same total', async () => {
    const answer = await exportAs('csv')
    const text = readFileSync(fileOf(answer.url), 'utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const lines = text.slice(1).trim().split('\n')
    expect(lines[0].split(',')[0]).toBe('订单号')
    expect(lines).toHaveLength(answer.rows + 1)
    expect(text).toContain('12.90')
    expect(text).toContain("'=天青")
    expect(text).toContain("'+请包好")
    expect(text).not.toContain(other.storeId)
    const stats = await callOk(database, 'merchant', 'stats', { storeId: shop.storeId, period: '7d' }, { openid: shop.ownerOpenid })
    const paid = lines.slice(1).reduce((sum, line) => sum + Math.round(Number(line.split(',')[PAID_COLUMN] || 0) * 100), 0)
    expect(paid).toBe(stats.totals.paidAmount)
  })

  it('never holds another store\'s orders, and refuses another owner and bad ranges', async () => {
    const mine = await exportAs('csv')
    const theirs = await callOk(database, 'merchant', 'exportOrders', { storeId: other.storeId, ...range(), format: 'csv' }, { openid: other.ownerOpenid, platform })
    expect(theirs.rows).toBe(1)
    // By the order's id (the last column): order numbers are per store, so two stores may share one.
    const myFirstId = readFileSync(fileOf(mine.url), 'utf8').split('\n')[1].trim().split(',').at(-1)
    expect(myFirstId).toMatch(/^[A-Za-z0-9_-]{6,}$/)
    expect(readFileSync(fileOf(theirs.url), 'utf8')).not.toContain(myFirstId)
    const forbidden = await call(database, 'merchant', 'exportOrders', { storeId: shop.storeId, ...range(), format: 'csv' }, { openid: other.ownerOpenid, platform })
    expect(forbidden.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    for (const data of [
      { from: range().to, to: range().from },
      { from: '2020-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
      { format: 'pdf' },
      { from: 'yesterday' },
    ]) {
      const answer = await call(database, 'merchant', 'exportOrders', { storeId: shop.storeId, ...range(), format: 'csv', ...data }, { openid: shop.ownerOpenid, platform })
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    }
  })

  it('serves the file by its token until it expires, then no more', async () => {
    const answer = await exportAs('xlsx')
    let now = new Date()
    const dataDir = path.join(platform.files.uploadsDir, '..')
    const files = localFiles({ dir: dataDir, uploadsDir: platform.files.uploadsDir, now: () => now })
    const served = (pathname: string) => {
      const res = { writeHead: jest.fn(), end: jest.fn() }
      return files.serve({ method: 'HEAD' } as never, res as never, pathname)
    }
    expect(served(answer.url)).toBe(true)
    expect(served(answer.url.replace(/exports\/[^/]+/, `exports/${'A'.repeat(32)}`))).toBe(false)
    now = new Date(Date.now() + 25 * 3_600_000)
    expect(served(answer.url)).toBe(false)
  })
})
