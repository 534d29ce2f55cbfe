// The H5 region picker, used as a person uses it: the province from its sheet, then the city
// from that province's sheet (a municipality fills in its own), then the district typed. The
// address book and checkout show the same picker, so one helper serves both forms.
import type { Page } from 'playwright-core'
import { fieldSelector } from './harness'

export interface Region {
  provinceName: string
  cityName: string
  countyName: string
}

const exactly = (text: string) => new RegExp(`^${text}$`)

export function choiceItem(page: Page, name: string) {
  return page.locator('.choice-sheet__item', { hasText: exactly(name) })
}

/** Picks the province and city from their sheets and types the district. */
export async function pickRegion(page: Page, region: Region): Promise<void> {
  const province = page.locator('.region-field__province .region-field__picker')
  const city = page.locator('.region-field__city .region-field__picker')
  await province.waitFor({ timeout: 15_000 })
  if ((await province.textContent()) === region.provinceName) {
    await city.click() // the province is already the one: straight to its cities
  } else {
    await province.click()
    await choiceItem(page, region.provinceName).click()
  }
  // After a new province the city sheet opens by itself, unless the province is a municipality.
  const shown = city.filter({ hasText: exactly(region.cityName) })
  const offered = choiceItem(page, region.cityName)
  await shown.or(offered).first().waitFor({ timeout: 15_000 })
  if (await offered.count()) await offered.click()
  await shown.waitFor()
  await page.locator(fieldSelector('.region-field__county')).first().fill(region.countyName)
}

/** What the picker shows, '' for what is not chosen yet: [province, city, district]. */
export async function regionShown(page: Page): Promise<string[]> {
  const chosen = async (row: 'province' | 'city') => {
    const picker = page.locator(`.region-field__${row} .region-field__picker`)
    return ((await picker.getAttribute('class')) ?? '').includes('region-field__picker--empty') ? '' : ((await picker.textContent()) ?? '')
  }
  return [await chosen('province'), await chosen('city'), await page.locator(fieldSelector('.region-field__county')).first().inputValue()]
}
