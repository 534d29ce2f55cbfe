// Smoke test of the weapp build in dist/: app.json matches src/app.config.ts, every page was
// compiled, and real pages boot and render in miniprogram-simulate.
// Run after `npm run build:weapp`: `npm run test:weapp`.
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { DIST, assertBuilt, loadWeappPage } from './simulate-env'

interface SubPackage { root: string; pages: string[] }
interface PageLists { pages: string[]; subPackages: SubPackage[] }

// Fails the whole suite with "run `npm run build:weapp` first" when there is no build.
assertBuilt()
const appJson = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8'))
const source = readPageListsFromSource(path.resolve(__dirname, '../../src/app.config.ts'))

/** Every page path, subpackage pages prefixed with their root, as WeChat resolves them. */
function allPages(lists: PageLists): string[] {
  return [...lists.pages, ...lists.subPackages.flatMap((sp) => sp.pages.map((p) => `${sp.root}/${p}`))]
}

describe('dist/app.json', () => {
  it('lists exactly the pages and subpackages declared in src/app.config.ts', () => {
    // Order matters for main pages: the first one is the launch page.
    expect(appJson.pages).toEqual(source.pages)
    const built = (appJson.subPackages ?? appJson.subpackages ?? []).map((sp: SubPackage) => ({ root: sp.root, pages: sp.pages }))
    expect(built).toEqual(source.subPackages)
  })

  it('keeps the known page set (guards against the parser above silently finding nothing)', () => {
    expect(appJson.pages).toEqual(expect.arrayContaining([
      'pages/home/index', 'pages/search/index', 'pages/cart/index',
      'pages/me/index', 'pages/topic/index', 'pages/product/index',
    ]))
    expect(appJson.pages[0]).toBe('pages/home/index')
    const roots = ['packages/order', 'packages/live', 'packages/merchant']
    expect(appJson.subPackages.map((sp: SubPackage) => sp.root)).toEqual(expect.arrayContaining(roots))
    for (const sp of appJson.subPackages as SubPackage[]) expect([sp.root, sp.pages.length > 0]).toEqual([sp.root, true])
  })

  it('declares each subpackage root and name once (WeChat refuses an app.json that repeats one)', () => {
    const subPackages = appJson.subPackages as Array<SubPackage & { name?: string }>
    const repeated = (values: string[]) => values.filter((value, i) => values.indexOf(value) !== i)
    expect(repeated(subPackages.map((sp) => sp.root))).toEqual([])
    expect(repeated(subPackages.flatMap((sp) => (sp.name ? [sp.name] : [])))).toEqual([])
  })

  it('loads components lazily and has the four-tab bar on main-package pages', () => {
    expect(appJson.lazyCodeLoading).toBe('requiredComponents')
    const tabs: { pagePath: string; text: string }[] = appJson.tabBar.list
    expect(tabs.map((t) => t.text)).toEqual(['首页', '分类', '购物车', '我的'])
    // WeChat rejects tabBar pages that are not in the main package.
    for (const t of tabs) expect(appJson.pages).toContain(t.pagePath)
  })
})

describe('compiled files in dist/', () => {
  it.each(allPages(source))('%s has .js, .wxml and .json', (page) => {
    for (const ext of ['.js', '.wxml', '.json']) {
      expect(fs.existsSync(path.join(DIST, page + ext)) ? page + ext : `missing ${page + ext}`).toBe(page + ext)
    }
  })

  it('has every runtime chunk app.js requires, plus the shared templates', () => {
    const appJs = fs.readFileSync(path.join(DIST, 'app.js'), 'utf8')
    const chunks = [...appJs.matchAll(/require\("\.\/([^"]+)"\)/g)].map((m) => m[1])
    expect(chunks).toEqual(expect.arrayContaining(['vendors', 'taro', 'runtime']))
    for (const file of [...chunks.map((c) => `${c}.js`), 'base.wxml', 'utils.wxs', 'comp.js', 'comp.json', 'comp.wxml']) {
      expect(fs.existsSync(path.join(DIST, file)) ? file : `missing ${file}`).toBe(file)
    }
  })
})

describe('pages render in miniprogram-simulate', () => {
  // Content-agnostic on purpose: pages may show skeletons first, and their text will change.
  // Taro renders every node through base.wxml templates, which stamp `data-sid` on elements.
  it.each(['pages/home/index', 'packages/merchant/pages/index/index'])('%s boots and renders', async (page) => {
    const { html, comp, errors } = await loadWeappPage(page)
    expect(errors).toEqual([])
    expect(html.trim()).not.toBe('')
    expect(comp.dom.querySelector('[data-sid]')).not.toBeNull()
  })
})

/**
 * Reads `pages` and `subPackages` from the app config's source with the TypeScript parser
 * (not by importing it: it calls the build-time global defineAppConfig).
 */
function readPageListsFromSource(file: string): PageLists {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
  const prop = (obj: ts.ObjectLiteralExpression, name: string) =>
    obj.properties.find((p): p is ts.PropertyAssignment =>
      ts.isPropertyAssignment(p) && p.name.getText(sf) === name)?.initializer
  const strings = (node: ts.Node | undefined) =>
    node && ts.isArrayLiteralExpression(node) ? node.elements.filter(ts.isStringLiteralLike).map((e) => e.text) : []

  let config: ts.ObjectLiteralExpression | undefined
  sf.forEachChild(function visit(node) {
    if (!config && ts.isCallExpression(node) && node.expression.getText(sf) === 'defineAppConfig' && ts.isObjectLiteralExpression(node.arguments[0])) {
      config = node.arguments[0]
    }
    node.forEachChild(visit)
  })
  if (!config) throw new Error(`no defineAppConfig({...}) found in ${file}`)

  const subs = prop(config, 'subPackages') ?? prop(config, 'subpackages')
  const subPackages = subs && ts.isArrayLiteralExpression(subs)
    ? subs.elements.filter(ts.isObjectLiteralExpression).map((sp) => {
      const root = prop(sp, 'root')
      return { root: root && ts.isStringLiteralLike(root) ? root.text : '', pages: strings(prop(sp, 'pages')) }
    })
    : []
  return { pages: strings(prop(config, 'pages')), subPackages }
}
