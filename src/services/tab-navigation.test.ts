// WeChat refuses navigateTo and redirectTo to a tab bar page ("can not navigateTo a tabbar
// page"), while the H5 router lets both through, so a wrong call works in every browser test
// and fails only on a phone. Tab pages are opened with switchTab, or with reLaunch when they
// need a query (openStoreHome in src/services/navigation.ts).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const SRC = path.resolve(__dirname, '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : []
  })
}

// app.config.ts calls Taro's build-time defineAppConfig; give it the identity to read the config.
;(globalThis as { defineAppConfig?: (config: unknown) => unknown }).defineAppConfig = (config) => config
// Loaded after the line above (an import would be hoisted before it).
const appConfig = jest.requireActual('../app.config').default as { tabBar: { list: { pagePath: string }[] } }
const tabPages = appConfig.tabBar.list.map((tab) => `/${tab.pagePath}`)

/** Every navigateTo / redirectTo (directly or through a `go(url)` helper) whose url starts with a tab page. */
export function tabNavigations(text: string): string[] {
  const found: string[] = []
  const call = /(?:navigateTo|redirectTo|\bgo)\(\s*(?:\{\s*url:\s*)?([`'"])(\/[^`'"?$]*)/g
  for (const match of text.matchAll(call)) {
    if (tabPages.includes(match[2])) found.push(match[0])
  }
  return found
}

describe('tab pages are never opened with navigateTo or redirectTo', () => {
  it('knows the tab pages', () => {
    expect(tabPages).toEqual(expect.arrayContaining(['/pages/home/index', '/pages/cart/index']))
  })

  it('recognises the calls WeChat refuses', () => {
    expect(tabNavigations("Taro.navigateTo({ url: `/pages/home/index?storeId=${id}` })")).toHaveLength(1)
    expect(tabNavigations("go(`/pages/home/index?storeId=${id}`)")).toHaveLength(1)
    expect(tabNavigations("Taro.redirectTo({ url: '/pages/cart/index' })")).toHaveLength(1)
    expect(tabNavigations("Taro.navigateTo({ url: '/pages/product/index?id=1' })")).toHaveLength(0)
    expect(tabNavigations("Taro.reLaunch({ url: '/pages/home/index?storeId=1' })")).toHaveLength(0)
  })

  it('finds none in src/', () => {
    const offenders = sourceFiles(SRC).flatMap((file) =>
      tabNavigations(readFileSync(file, 'utf8')).map((call) => `${path.relative(SRC, file)}: ${call}`),
    )
    expect(offenders).toEqual([])
  })
})
