// The shopper's account in a real browser: privacy consent before the first address is stored,
// declining keeps browsing possible, agreeing saves the address as the default; the 我的 page
// with its nickname, order shortcuts and merchant entry.
import type { Page } from 'playwright-core'
import QRCode from 'qrcode'
import { expectEqual, expectTrue, fieldSelector, scenario } from './harness'
import { pickRegion } from './region-picker'

const home = { userName: '李雷', telNumber: '13800138000', provinceName: '北京市', cityName: '北京市', countyName: '东城区', detailInfo: '东华门大街 1 号' }

async function fillAddress(page: Page, address: typeof home): Promise<void> {
  await page.locator(fieldSelector('.address-form__name')).first().fill(address.userName)
  await page.locator(fieldSelector('.address-form__phone')).first().fill(address.telNumber)
  await pickRegion(page, address)
  await page.locator(fieldSelector('.address-form__detail')).first().fill(address.detailInfo)
}

async function openNewAddressForm(page: Page): Promise<void> {
  await page.locator('.me__addresses').click()
  await page.locator('.addresses__add').click()
  await page.locator('.address-form__name').waitFor({ timeout: 15_000 })
}

const sheet = (page: Page) => page.locator('.privacy-sheet__panel:visible')

export default [
  scenario('a new visitor is asked for consent when first saving an address; declining keeps them browsing; agreeing saves it as the default', async (ctx) => {
    const openid = `visitor-${Date.now().toString(36)}`
    const page = await ctx.newPage({ openid })
    await page.goto(ctx.baseUrl + '/pages/me/index')
    await page.locator('.me__addresses').waitFor({ timeout: 15_000 })
    expectEqual(await sheet(page).count(), 0, 'no consent sheet while browsing')

    await page.locator('.me__addresses').click()
    await page.getByText('还没有收货地址').waitFor({ timeout: 15_000 })
    await page.locator('.addresses__add').click()
    await page.locator('.address-form__name').waitFor({ timeout: 15_000 })

    // Bad input is caught by the form first: no consent asked, nothing sent.
    await page.locator('.address-form__save').click()
    await page.getByText('请填写收货人').waitFor()
    expectEqual(await sheet(page).count(), 0, 'no consent sheet for a form with errors')
    await fillAddress(page, { ...home, telNumber: '1380013800' })
    await page.locator('.address-form__save').click()
    await page.getByText('请填写正确的手机号码', { exact: false }).waitFor()
    await page.locator(fieldSelector('.address-form__phone')).first().fill(home.telNumber)

    // First save: the consent sheet, with the summary and the link to the full text.
    await page.locator('.address-form__save').click()
    await sheet(page).waitFor({ timeout: 5_000 })
    expectTrue((await sheet(page).textContent())?.includes('《小店隐私保护指引》'), 'the sheet links the full text')
    await ctx.screenshot(page, 'account-consent-sheet')
    await page.locator('.privacy-sheet__disagree:visible').click()
    await sheet(page).waitFor({ state: 'hidden' })
    expectEqual(await page.locator(fieldSelector('.address-form__name')).first().inputValue(), home.userName, 'the form keeps what was typed')
    expectEqual((await ctx.api('address', 'list', {}, openid)).items, [], 'nothing saved after declining')

    // Declined, the visitor still browses, and is not asked again unprompted.
    await page.goto(ctx.baseUrl + '/')
    await page.locator('.product-card').first().waitFor({ timeout: 15_000 })
    await page.locator('.product-card').first().click()
    await page.locator('.product__title').waitFor({ timeout: 15_000 })
    expectEqual(await sheet(page).count(), 0, 'no consent sheet while browsing after declining')

    // Tapping save again asks again; agreeing saves the address, the first one being the default.
    await page.goto(ctx.baseUrl + '/pages/me/index')
    await openNewAddressForm(page)
    await fillAddress(page, home)
    await page.locator('.address-form__save').click()
    await sheet(page).waitFor({ timeout: 5_000 })
    await page.locator('.privacy-sheet__agree:visible').click()
    await page.locator('.address-card').first().waitFor({ timeout: 15_000 })
    const card = page.locator('.address-card').first()
    expectEqual(await card.locator('.address-card__default').textContent(), '默认', 'the saved address is marked default')
    expectTrue((await card.textContent())?.includes('北京市 东城区 东华门大街 1 号'), 'the card shows the address line')
    await ctx.screenshot(page, 'account-address-saved')
    const saved = (await ctx.api('address', 'list', {}, openid)).items
    expectEqual(saved.map((a: any) => [a.userName, a.telNumber, a.provinceName, a.isDefault]), [[home.userName, home.telNumber, '北京市', true]], 'the stored address book')

    // Consent is remembered on the device: the next address is saved without asking.
    await page.locator('.addresses__add').click()
    await page.locator('.address-form__name').waitFor({ timeout: 15_000 })
    await fillAddress(page, { ...home, userName: '韩梅梅', telNumber: '13900139000', detailInfo: '王府井大街 2 号' })
    await page.locator('.address-form__save').click()
    await page.locator('.address-card').nth(1).waitFor({ timeout: 15_000 })
    expectEqual(await sheet(page).count(), 0, 'not asked again after agreeing')
    const book = (await ctx.api('address', 'list', {}, openid)).items
    expectEqual(book.map((a: any) => [a.userName, a.isDefault]), [[home.userName, true], ['韩梅梅', false]], 'the default stays the first address')

    // Checkout starts from the default address.
    await page.goto(ctx.baseUrl + '/')
    await page.locator('.product-card', { hasText: '有机小米' }).click()
    await page.locator('.product__buy-button').click()
    await page.locator('.checkout__submit').waitFor({ timeout: 15_000 })
    await page.waitForFunction(
      (name) => Array.from(document.querySelectorAll<HTMLInputElement>('.checkout input')).some((input) => input.value === name),
      home.userName,
      { timeout: 10_000 },
    )
    await ctx.screenshot(page, 'account-checkout-default-address')
  }),

  scenario('我的: nickname and avatar saved after consent, order shortcuts without badges for a new visitor, 开店 / 我的店铺', async (ctx) => {
    const openid = `profile-${Date.now().toString(36)}`
    const page = await ctx.newPage({ openid })
    await page.goto(ctx.baseUrl + '/pages/me/index')
    await page.locator(fieldSelector('.profile-card__nickname')).first().waitFor({ timeout: 15_000 })
    for (const label of ['待付款', '待发货', '待收货', '退款/售后']) await page.getByText(label, { exact: true }).waitFor()
    expectEqual(await page.locator('.order-shortcut__badge').count(), 0, 'a new visitor has no order badges')
    await page.getByText('开店', { exact: true }).waitFor()

    await page.waitForFunction(() => !document.querySelector('.profile-card__nickname input, input.profile-card__nickname')?.hasAttribute('disabled'))
    await page.locator(fieldSelector('.profile-card__nickname')).first().fill('小店常客')
    // Leaving the field saves nothing (WeChat checks the text after blur): 保存 submits the form.
    await page.locator(fieldSelector('.profile-card__nickname')).first().blur()
    await page.locator('.profile-card__save').click()
    await sheet(page).waitFor({ timeout: 5_000 })
    await page.locator('.privacy-sheet__agree:visible').click()
    await page.waitForFunction(() => document.body.textContent?.includes('昵称已保存'), undefined, { timeout: 10_000 })
    expectEqual((await ctx.api('auth', 'me', {}, openid)).nickname, '小店常客', 'the stored nickname')

    // The avatar: chosen from the device, shrunk to a small JPEG, saved without asking again.
    const picture = await QRCode.toBuffer('小店', { width: 400 })
    const chooser = page.waitForEvent('filechooser')
    await page.locator('.avatar-picker').click()
    await (await chooser).setFiles({ name: 'me.png', mimeType: 'image/png', buffer: picture })
    await page.locator('.avatar-picker__image').waitFor({ timeout: 10_000 })
    const avatar: string = (await ctx.api('auth', 'me', {}, openid)).avatarUrl
    expectTrue(avatar.startsWith('data:image/jpeg;base64,') && avatar.length < 48 * 1024, `a small JPEG avatar is stored (${avatar.length} chars)`)
    expectEqual(await sheet(page).count(), 0, 'not asked again for the avatar')
    await ctx.screenshot(page, 'account-me')

    const merchant = await ctx.newPage({ openid: 'demo-merchant' })
    await merchant.goto(ctx.baseUrl + '/pages/me/index')
    await merchant.getByText('我的店铺', { exact: true }).waitFor({ timeout: 15_000 })
    await merchant.getByText('山野小店 ›').waitFor()
  }),
]
