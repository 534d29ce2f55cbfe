// setData traffic of the compiled store home in miniprogram-simulate while a shopper flings
// through 10,000 products (windowed grid, pages of 20 loaded on reach-bottom). Every setData
// the page sends is counted and sized; time is virtual (60 scroll events a second), so the
// figures do not depend on how busy the machine is. Run by bench/weapp-setdata.ts, which
// reads the JSON this writes to $SETDATA_OUT and prints it beside the budget.
import { writeFileSync } from 'node:fs'
import { loadWeappPage } from '../../tests/weapp/simulate-env'

const TOTAL = Number(process.env.SETDATA_PRODUCTS ?? 10_000)
const PAGE_SIZE = 20
/** Scroll events per virtual second, like a phone's touch/scroll rate. */
const EVENTS_PER_SECOND = 60
/** A brisk fling kept up for the whole list: three screens a second. */
const SCREENS_PER_SECOND = 3
/** WeChat's default onReachBottomDistance. */
const REACH_BOTTOM_PX = 50

function product(n: number) {
  return {
    id: `p${String(n).padStart(5, '0')}`,
    storeId: 'demo',
    title: `手作商品${n}号`,
    description: '',
    images: [`/files/demo/mug-${(n % 3) + 1}.svg`],
    hashtags: [],
    brandHashtags: [],
    status: 'on_sale',
    skus: [{ id: `s${n}`, specs: {}, price: 1000 + (n % 5000), stock: 5 }],
    version: 1,
    createdAt: '2026-11-25T12:00:00.000Z',
    updatedAt: '2026-11-25T12:00:00.000Z',
  }
}

/** The catalog twin: pages of PAGE_SIZE with an offset cursor, until TOTAL. */
function pagedCatalog(loaded: { count: number }) {
  return {
    init() {},
    async callFunction({ name, data }: { name: string; data: { action: string; data?: { cursor?: string | null } } }) {
      if (name === 'catalog' && data.action === 'listProducts') {
        const from = Number(data.data?.cursor ?? 0)
        const to = Math.min(TOTAL, from + PAGE_SIZE)
        loaded.count = to
        const items = Array.from({ length: to - from }, (_, i) => product(from + i))
        return { result: { ok: true, data: { items, nextCursor: to < TOTAL ? String(to) : null } } }
      }
      return { result: { ok: true, data: { items: [], nextCursor: null } } }
    },
  }
}

export interface SetDataFigures {
  scenario: string
  virtualSeconds: number
  calls: number
  maxCallsPerSecond: number
  maxBytes: number
  meanBytes: number
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

function figures(scenario: string, calls: Array<{ second: number; bytes: number }>, virtualSeconds: number): SetDataFigures {
  const perSecond = new Map<number, number>()
  for (const call of calls) perSecond.set(call.second, (perSecond.get(call.second) ?? 0) + 1)
  const bytes = calls.map((call) => call.bytes)
  return {
    scenario,
    virtualSeconds: Math.round(virtualSeconds),
    calls: calls.length,
    maxCallsPerSecond: Math.max(0, ...perSecond.values()),
    maxBytes: Math.max(0, ...bytes),
    meanBytes: calls.length ? Math.round(bytes.reduce((a, b) => a + b, 0) / calls.length) : 0,
  }
}

it(`home: fling through ${TOTAL.toLocaleString('en')} products`, async () => {
  const loaded = { count: 0 }
  const page = await loadWeappPage('pages/home/index', { wx: { cloud: pagedCatalog(loaded) } })
  await page.waitFor((html) => html.includes('手作商品19号'))
  await flush()

  const { windowWidth, windowHeight } = (globalThis as any).wx.getWindowInfo()
  const rowHeight = (560 * windowWidth) / 750
  const instance = page.comp.instance
  let now = 0
  const calls: Array<{ second: number; bytes: number }> = []
  const setData = instance.setData
  instance.setData = function (data: unknown, callback?: () => void) {
    calls.push({ second: Math.floor(now), bytes: Buffer.byteLength(JSON.stringify(data)) })
    return setData.call(this, data, callback)
  }

  // Where the grid starts: everything above it (banner, tabs) is about one screen at most.
  // simulate has no layout: take the grid to start half a screen down (banner and tabs).
  const listTop = windowHeight / 2
  const step = (SCREENS_PER_SECOND * windowHeight) / EVENTS_PER_SECOND
  let scrollTop = 0
  let asked = 0
  while (true) {
    const contentBottom = listTop + Math.ceil(loaded.count / 2) * rowHeight
    const maxTop = contentBottom - windowHeight
    if (scrollTop + windowHeight >= contentBottom - REACH_BOTTOM_PX && asked < loaded.count) {
      if (loaded.count >= TOTAL) break
      asked = loaded.count
      instance.onReachBottom()
    }
    scrollTop = Math.min(maxTop, scrollTop + step)
    now += 1 / EVENTS_PER_SECOND
    instance.onPageScroll({ scrollTop })
    await flush()
  }
  await flush()
  expect(loaded.count).toBe(TOTAL)
  expect(page.errors).toEqual([])
  const result = figures(`home: fling through ${TOTAL.toLocaleString('en')} products`, calls, now)
  const out = process.env.SETDATA_OUT
  if (out) writeFileSync(out, JSON.stringify([result]))
}, 600_000)
