// The merchant's back office in Chromium: a shopper pays for an order; the console home shows
// the unread badge, the 通知 page the new-order alert; 导出订单 downloads a spreadsheet that
// opens (exceljs reads it) and holds that order.
import ExcelJS from 'exceljs'
import { expectEqual, expectTrue, scenario } from './harness'

const OWNER = 'e2e-backoffice-owner'
const SHOPPER = 'e2e-backoffice-shopper'
const ADDRESS = {
  userName: '李四',
  telNumber: '13900001111',
  provinceName: '浙江省',
  cityName: '杭州市',
  countyName: '西湖区',
  detailInfo: '文三路 90 号',
}

export default [
  scenario('back office: a paid order alerts the merchant (badge, 通知) and the export downloads it', async (ctx) => {
    const store = await ctx.api('merchant', 'openStore', { name: '后台测试店', intro: '', hashtags: [] }, OWNER)
    const product = await ctx.api(
      'merchant',
      'saveProduct',
      { storeId: store.id, title: '导出测试杯', images: ['/files/demo/mug.svg'], status: 'on_sale', skus: [{ specs: {}, price: 2590, stock: 20 }] },
      OWNER,
    )
    const order = await ctx.api(
      'order',
      'create',
      { storeId: store.id, items: [{ skuId: product.skus[0].id, quantity: 2 }], delivery: 'express', address: ADDRESS, idempotencyKey: `bo-${Date.now()}` },
      SHOPPER,
    )
    await ctx.api('payment', 'simulate', { orderId: order.id }, SHOPPER)

    const page = await ctx.newPage({ openid: OWNER })
    await page.goto(`${ctx.baseUrl}/packages/merchant/pages/index/index`)
    const badge = page.locator('.merchant-home__badge')
    await badge.waitFor({ timeout: 15_000 })
    expectEqual((await badge.textContent())?.trim(), '1', 'the console home shows one unread alert')
    await ctx.screenshot(page, 'backoffice-home-badge')

    await page.locator('.merchant-home__entry', { hasText: '通知' }).click()
    const alert = page.locator('.notices__item').first()
    await alert.waitFor({ timeout: 15_000 })
    expectTrue((await alert.textContent())?.includes('新订单'), 'the 通知 page lists the new-order alert')
    await ctx.screenshot(page, 'backoffice-notifications')

    await page.goto(`${ctx.baseUrl}/packages/merchant/pages/export-orders/index?storeId=${store.id}`)
    await page.locator('.console__button', { hasText: '导出订单' }).waitFor({ timeout: 15_000 })
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.locator('.console__button', { hasText: '导出订单' }).click()])
    const file = await download.path()
    expectTrue(file, 'the export downloaded a file')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(file as string)
    const sheet = workbook.worksheets[0]
    expectEqual(sheet.getRow(1).getCell(1).text, '订单号', 'the file opens with its Chinese headers')
    // 订单号 (the readable number) first, the id (订单编号) last.
    const numbers = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(1).text)
    const ids = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(sheet.columnCount).text)
    expectTrue(numbers.includes(order.orderNo) && ids.includes(order.id), 'the exported file holds the paid order, by number and id')
    await ctx.screenshot(page, 'backoffice-export')

    // Opening the list marked it read: back on the home, the badge is gone.
    await page.goto(`${ctx.baseUrl}/packages/merchant/pages/index/index`)
    await page.locator('.merchant-home__entry', { hasText: '通知' }).waitFor({ timeout: 15_000 })
    await page.waitForTimeout(1000)
    expectEqual(await page.locator('.merchant-home__badge').count(), 0, 'the badge clears once the alerts were seen')
  }),
]
