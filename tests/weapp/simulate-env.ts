// Loads compiled weapp pages (dist/) into miniprogram-simulate, so tests exercise what WeChat
// runs: the real app.js → vendors.js/taro.js/runtime.js chain, base.wxml and the page chunks.
// Build first: `npm run build:weapp` (or `npx taro build --type weapp`).
import fs from 'node:fs'
import path from 'node:path'
import { createSelectorQueryTwin, domFinder } from './selector-query-twin'

export const DIST = path.resolve(__dirname, '../../dist')

/** The slice of miniprogram-simulate / j-component we use (its own .d.ts needs WechatMiniprogram). */
interface Simulate {
  load(componentPath: string, tagName: string, options: Record<string, unknown>): string
  render(id: string): SimComponent
  sleep(ms: number): Promise<void>
}
export interface SimComponent {
  dom: HTMLElement
  instance: any
  data: Record<string, any>
  attach(parent: Element): void
  detach(): void
  querySelector(selector: string): SimComponent | undefined
  querySelectorAll(selector: string): SimComponent[]
}

export interface LoadedPage {
  /** innerHTML of the page component once Taro has rendered into it. */
  html: string
  /** The page component. In the DOM simulate prefixes classes (`home` → `page--home`), so
   * query by class with `comp.querySelector('.home')`, not `comp.dom.querySelector`. */
  comp: SimComponent
  /** Errors reported since load: App.onError calls (Taro reports render errors there) and uncaught errors. */
  errors: unknown[]
  /** Waits until the page's HTML satisfies `ok` (e.g. data arrived), then returns it. */
  waitFor(ok: (html: string) => boolean, timeoutMs?: number): Promise<string>
}

export interface LoadOptions {
  /** Page query, as in `onLoad(query)`. */
  query?: Record<string, string>
  /** Extra or replacement `wx` APIs (e.g. `cloud`, `request`) merged over simulate's mock. */
  wx?: Record<string, unknown>
}

/** Throws a readable error when the weapp build is missing. */
export function assertBuilt(): void {
  if (!fs.existsSync(path.join(DIST, 'app.json'))) {
    throw new Error(`${path.join(DIST, 'app.json')} not found: run \`npm run build:weapp\` first`)
  }
}

/**
 * Boots a fresh simulated Mini Program and loads one page into it.
 *
 * Every call gets a fresh world (isolated module registry, new `wx`, new Taro runtime, new
 * j-component registry). Why: simulate re-runs a component's .js to register it on every
 * `load`, but jest ignores its `delete require.cache[...]`, and webpack's chunk loader in
 * runtime.js skips chunks it already installed — so a second `load` of a page (or of the
 * shared recursive `comp` component) would register nothing.
 */
export async function loadWeappPage(pagePath: string, options: LoadOptions = {}): Promise<LoadedPage> {
  assertBuilt()
  disposePrevious()
  const g = globalThis as any
  const errors: unknown[] = []
  let rendered: SimComponent | undefined // the page, once rendered: where selector queries look
  const { sim, comp } = isolated(() => {
    // simulate merges its mock API into an existing global `wx`; drop the old one so the
    // previous world's webpack chunk registry (wx.webpackJsonp) does not leak in.
    delete g.wx
    const sim: Simulate = require('miniprogram-simulate') // defines global Component and a mock `wx`
    g.wx.createSelectorQuery = createSelectorQueryTwin(domFinder(() => rendered?.dom, (selector) => rendered?.querySelector(selector)?.dom))
    Object.assign(g.wx, options.wx)
    installAppAndPageShims(g, errors, options.query ?? {})

    // app.js requires ./vendors, ./taro, ./runtime itself, then calls App(); page chunks and
    // comp.js only push to wx.webpackJsonp, so app.js must run before simulate.load.
    require(path.join(DIST, 'app.js'))
    const launch = { path: pagePath, query: options.query ?? {}, scene: 1001 }
    g.getApp().onLaunch?.(launch)
    g.getApp().onShow?.(launch)

    // 'official' runs the real wcc compiler on dist/ ('simulate' renders nothing for Taro's
    // recursive templates). Raise wcc's 1 MB stdout limit: base.wxml grows with the app.
    const id = sim.load(path.join(DIST, pagePath), 'page', {
      rootPath: DIST,
      compiler: 'official',
      compilerOptions: { maxBuffer: 64 * 1024 * 1024 },
    })
    rendered = sim.render(id)
    return { sim, comp: rendered }
  })

  // Errors thrown in timers (React renders there) reach jsdom's window, not the test.
  const onWindowError = (e: ErrorEvent) => errors.push(e.error ?? e.message)
  window.addEventListener('error', onWindowError)
  disposePrevious = () => {
    window.removeEventListener('error', onWindowError)
    comp.detach()
  }

  // React + Taro render asynchronously and then call page.setData, so wait for content.
  const waitFor = async (ok: (html: string) => boolean, timeoutMs = 3000) => {
    const end = Date.now() + timeoutMs
    while (!ok(comp.dom.innerHTML)) {
      // A page that throws while rendering never calls setData: report the error, not a timeout.
      if (errors.length > 0) throw new Error(`${pagePath} failed to render: ${formatError(errors[0])}`)
      if (Date.now() > end) throw new Error(`${pagePath}: timed out; HTML was: ${comp.dom.innerHTML.slice(0, 500)}`)
      await sim.sleep(10)
    }
    return comp.dom.innerHTML
  }
  comp.attach(document.createElement('parent-wrapper')) // runs the page lifecycles (see Page shim)
  const html = await waitFor((h) => h.length > 0)
  return { html, comp, errors, waitFor }
}

/** Detaches the previously loaded page (its onUnload runs) and stops collecting its errors. */
let disposePrevious = (): void => {}

/** Runs `fn` with a fresh jest module registry, so dist/*.js and simulate evaluate anew. */
function isolated<T>(fn: () => T): T {
  let result: { value: T } | undefined
  jest.isolateModules(() => { result = { value: fn() } })
  return result!.value
}

/** WeChat's App/Page/getApp/getCurrentPages, which simulate (components only) lacks. */
function installAppAndPageShims(g: any, errors: unknown[], query: Record<string, string>): void {
  let app: any
  const pages: any[] = []
  g.App = (appOptions: any) => {
    app = appOptions // Taro's app object keeps its lifecycles on the prototype: use it as is.
    const onError = app.onError
    app.onError = (err: unknown) => { errors.push(err); onError?.call(app, err) }
  }
  g.getApp = () => app
  g.getCurrentPages = () => pages.slice()
  // A page is a Component whose methods are the page's functions and whose lifetimes drive
  // the page lifecycles Taro hooks into (onLoad mounts the React page, onReady/onShow run hooks).
  g.Page = (pageOptions: any) => {
    const methods: Record<string, (...args: unknown[]) => unknown> = {}
    for (const key of Object.keys(pageOptions)) {
      if (typeof pageOptions[key] === 'function') methods[key] = pageOptions[key]
    }
    g.Component({
      data: pageOptions.data,
      methods,
      lifetimes: {
        // WeChat's order is onLoad → onShow → onReady.
        attached(this: any) { pages.push(this); this.onLoad?.({ ...query }); this.onShow?.() },
        ready(this: any) { this.onReady?.() },
        detached(this: any) { this.onUnload?.(); pages.splice(pages.indexOf(this), 1) },
      },
    })
  }
}

function formatError(err: unknown): string {
  if (err instanceof Error) return err.stack ?? err.message
  return Array.isArray(err) ? err.map(formatError).join(' ') : String(err)
}
