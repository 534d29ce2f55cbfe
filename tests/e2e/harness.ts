// What every E2E scenario gets: a running local cloud on a fresh database serving the H5
// build, a browser, and helpers to call the API the way the app does.
import type { Browser, Locator, Page } from 'playwright-core'

export interface E2EContext {
  /** Base URL of the local cloud, which also serves the H5 storefront. */
  baseUrl: string
  browser: Browser
  /** A fresh phone-sized page; `openid` presets the local identity on the device. */
  newPage(options?: { openid?: string; userAgent?: string }): Promise<Page>
  /** Calls a cloud function over HTTP as `openid` and returns its data (throws on a failure). */
  api<T = any>(fn: string, action: string, data?: Record<string, unknown>, openid?: string): Promise<T>
  screenshot(page: Page, name: string): Promise<string>
}

export interface Scenario {
  name: string
  run(ctx: E2EContext): Promise<void>
}

/** A console message in which Chromium reports something the page's Content-Security-Policy blocked. */
export function isCspViolation(text: string): boolean {
  return /Content Security Policy/i.test(text)
}

export function scenario(name: string, run: Scenario['run']): Scenario {
  return { name, run }
}

export function expectEqual<T>(actual: T, expected: T, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
  }
}

export function expectTrue(condition: unknown, what: string): void {
  if (!condition) throw new Error(what)
}

/**
 * The text field a Taro <Input>/<Textarea> with this class renders: the class sits on the
 * <input>/<textarea> itself with H5 React components, on a wrapper with the web components.
 */
export function fieldSelector(className: string): string {
  return ['input', 'textarea'].flatMap((tag) => [`${className} ${tag}`, `${tag}${className}`]).join(', ')
}

/**
 * Scrolls a screen at a time (H5 pages scroll inside their container, so with the wheel) until
 * `locator` matches: windowed lists render only the rows near the screen.
 */
export async function scrollUntilRendered(page: Page, locator: Locator, maxScreens = 30): Promise<void> {
  for (let screen = 0; (await locator.count()) === 0; screen++) {
    if (screen >= maxScreens) throw new Error(`not found after scrolling ${maxScreens} screens: ${locator}`)
    await page.mouse.wheel(0, page.viewportSize()?.height ?? 800)
    await page.waitForTimeout(150)
  }
}

/** Every text `selector` shows while the list is scrolled from top to bottom (windowed lists drop rows). */
export async function textsWhileScrolling(page: Page, selector: string, screens = 10): Promise<string[]> {
  const seen = new Set<string>()
  for (let screen = 0; screen <= screens; screen++) {
    for (const text of await page.locator(selector).allTextContents()) seen.add(text)
    await page.mouse.wheel(0, page.viewportSize()?.height ?? 800)
    await page.waitForTimeout(150)
  }
  return [...seen]
}
