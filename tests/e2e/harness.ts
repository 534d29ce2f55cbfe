// What every E2E scenario gets: a running local cloud on a fresh database serving the H5
// build, a browser, and helpers to call the API the way the app does.
import type { Browser, Page } from 'playwright-core'

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
