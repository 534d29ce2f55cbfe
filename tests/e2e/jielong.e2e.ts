// 接龙 in Chromium on a fresh database with the demo store: the merchant starts a 接龙 of a mug
// with two pickup points → three shoppers open it, take quantities, choose a point and pay →
// the list shows 1, 2, 3 with masked names → the merchant's sheet groups them by pickup point →
// 导出 Excel downloads the sheet as a spreadsheet with the same groups, phones and totals.
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { DEMO_MERCHANT_OPENID, DEMO_STORE_ID } from '../../cloud/seed/demo-store'
import { ADDRESS } from '../support/fixtures'
import { expectEqual, expectTrue, fieldSelector, scenario, type E2EContext } from './harness'

const TITLE = '周六陶杯接龙'
const SHOPPERS = [
  { openid: 'e2e-jl-1', name: '张小一', point: '东门' },
  { openid: 'e2e-jl-2', name: '李小二', point: '西门' },
  { openid: 'e2e-jl-3', name: '王小三', point: '东门' },
]

async function fill(page: Page, selector: string, value: string, nth = 0) {
  await page.locator(fieldSelector(selector)).nth(nth).fill(value)
}

async function joinAs(ctx: E2EContext, jielongId: string, shopper: (typeof SHOPPERS)[number], index: number) {
  await ctx.api('address', 'save', { ...ADDRESS, userName: shopper.name, telNumber: `1390000000${index}`, isDefault: true }, shopper.openid)
  const page = await ctx.newPage({ openid: shopper.openid })
  await page.goto(`${ctx.baseUrl}/packages/jielong/pages/detail/index?id=${jielongId}&storeId=${DEMO_STORE_ID}&src=jielong`)
  await page.locator('.jielong__title', { hasText: TITLE }).waitFor({ timeout: 15_000 })
  await page.locator('.jielong__add').first().click()
  await page.locator('.jielong__point', { hasText: shopper.point }).click()
  await page.locator('.jielong__contact-text', { hasText: shopper.name }).waitFor({ timeout: 15_000 })
  await page.locator('.jielong__join').click()
  await page.locator('.jielong__mine', { hasText: `我的接龙号：${index + 1}` }).waitFor({ timeout: 15_000 })
  return page
}

export default [
  scenario('jielong: a 接龙 with two pickup points → three shoppers join and pay → list 1, 2, 3 → sheet by pickup point', async (ctx) => {
    // ── the merchant starts it in the console ──
    const merchant = await ctx.newPage({ openid: DEMO_MERCHANT_OPENID })
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/jielongs/index?storeId=${DEMO_STORE_ID}`)
    await merchant.locator('.jielongs__new').click()
    await merchant.locator('.jielong-edit__sku-name').first().waitFor({ timeout: 15_000 })
    await fill(merchant, '.jielong-edit__title', TITLE)
    await merchant.locator('.jielong-edit__sku-name', { hasText: '马克杯' }).first().click()
    await fill(merchant, '.jielong-edit__point-name', '东门')
    await fill(merchant, '.jielong-edit__point-address', '幸福小区东门快递柜旁')
    await merchant.locator('.jielong-edit__add-point').click()
    await fill(merchant, '.jielong-edit__point-name', '西门', 1)
    await fill(merchant, '.jielong-edit__point-address', '幸福小区西门保安亭', 1)
    await ctx.screenshot(merchant, 'jielong-edit')
    await merchant.locator('.jielong-edit__save').click()
    await merchant.locator('.jielong-row', { hasText: TITLE }).waitFor({ timeout: 15_000 })
    const { items } = await ctx.api('merchant', 'listJielongs', { storeId: DEMO_STORE_ID }, DEMO_MERCHANT_OPENID)
    const jielong = items.find((j: { title: string }) => j.title === TITLE)
    expectEqual(jielong.pickupPoints.map((p: { name: string }) => p.name), ['东门', '西门'], 'two pickup points')

    // ── three shoppers join and pay, one after another ──
    let last: Page | null = null
    for (const [index, shopper] of SHOPPERS.entries()) last = await joinAs(ctx, jielong.id, shopper, index)
    await last!.reload()
    await last!.locator('.jielong__entry').nth(2).waitFor({ timeout: 15_000 })
    const rows = await last!.locator('.jielong__entry').allTextContents()
    expectEqual(rows.map((row) => row.slice(0, 4)), ['1张**', '2李**', '3王**'], 'the numbered list with masked names')
    expectTrue(!rows.join('').includes('小一'), 'no full name in the public list')
    await ctx.screenshot(last!, 'jielong-detail')

    // ── the sheet groups them by pickup point ──
    await merchant.goto(`${ctx.baseUrl}/packages/merchant/pages/jielong-sheet/index?storeId=${DEMO_STORE_ID}&id=${jielong.id}`)
    await merchant.locator('.sheet__group').nth(1).waitFor({ timeout: 15_000 })
    const groups = await merchant.locator('.sheet__group').evaluateAll((nodes) =>
      nodes.map((node) => [node.querySelector('.sheet__group-name')?.textContent ?? '', Array.from(node.querySelectorAll('.sheet__no')).map((n) => n.textContent)]),
    )
    expectEqual(groups, [['东门', ['1', '3']], ['西门', ['2']]], 'entries grouped by pickup point')
    expectTrue((await merchant.locator('.sheet__totals').textContent())?.includes('×3'), 'the total is three mugs')
    await ctx.screenshot(merchant, 'jielong-sheet')

    // ── the sheet exported as a spreadsheet: the same groups, with phones and totals ──
    await merchant.locator('.sheet__export-xlsx').scrollIntoViewIfNeeded()
    await ctx.screenshot(merchant, 'jielong-sheet-export')
    const [download] = await Promise.all([merchant.waitForEvent('download', { timeout: 60_000 }), merchant.locator('.sheet__export-xlsx').click()])
    expectTrue(/^jielong-.+\.xlsx$/.test(download.suggestedFilename()), `the file is named as an xlsx (${download.suggestedFilename()})`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile((await download.path()) as string)
    const sheet = workbook.worksheets[0]
    expectEqual(sheet.getRow(1).getCell(1).text, '自提点', 'the file opens with the sheet’s headers')
    const cells = Array.from({ length: sheet.rowCount - 1 }, (_, i) => (sheet.getRow(i + 2).values as unknown[]).slice(1))
    const entryRows = cells.filter((row) => typeof row[1] === 'number').map((row) => [row[0], row[1], row[2], row[3]])
    expectEqual(
      entryRows,
      [['东门', 1, '张小一', '13900000000'], ['东门', 3, '王小三', '13900000002'], ['西门', 2, '李小二', '13900000001']],
      'the downloaded rows: entries by pickup point, with full names and phones',
    )
    const totals = cells.filter((row) => row[2] === '合计').map((row) => row[5])
    expectEqual(totals, [3], 'the total row says three mugs')
  }),
]
