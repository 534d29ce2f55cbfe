// The compiled 备货单 page in miniprogram-simulate: 分享备货单图片 paints the sheet on the page's
// 2D canvas (WeChat's canvas node, twinned in canvas-twin.ts), exports it with
// canvasToTempFilePath and opens WeChat's share-image sheet with that temporary file; a long
// sheet becomes several images under the canvas limit; an old base library saves to the album.
// Run after `npm run build:weapp`: `npm run test:weapp`.
import type { JielongSheet, SheetEntry } from '../../src/domain/jielong'
import { CANVAS_SIDE_LIMIT, type CanvasTwin, type DrawnText } from './canvas-twin'
import { assertBuilt, loadWeappPage, type LoadedPage } from './simulate-env'

assertBuilt()
jest.setTimeout(60_000)

const PAGE = 'packages/merchant/pages/jielong-sheet/index'

function entry(no: number, name: string): SheetEntry {
  return { no, buyerName: name, telNumber: `1380000${String(no).padStart(4, '0')}`, lines: [{ skuId: 'a', title: '草莓', quantity: 2 }], orderId: `o${no}`, status: 'paid', address: '' }
}

function sheetOf(east: SheetEntry[], west: SheetEntry[]): JielongSheet {
  const total = (entries: SheetEntry[]) => [{ skuId: 'a', title: '草莓', quantity: entries.length * 2 }]
  return {
    jielongId: 'j1',
    title: '周六草莓接龙',
    totals: total([...east, ...west]),
    byPickupPoint: [
      { pickupPointId: 'p1', name: '东门', address: '幸福小区东门', totals: total(east), entries: east },
      { pickupPointId: 'p2', name: '西门', address: '幸福小区西门', totals: total(west), entries: west },
    ],
  }
}

/** WeChat as the page meets it: the cloud answers the sheet; canvas export, share sheet and album recorded. */
function platform(sheet: JielongSheet, options: { shareMenu: boolean }) {
  const exported: Array<{ path: string; width: number; height: number; texts: DrawnText[] }> = []
  const shared: string[] = []
  const saved: string[] = []
  const toasts: string[] = []
  const wx: Record<string, unknown> = {
    showToast(o: { title: string; success?: (res: unknown) => void }) {
      toasts.push(o.title)
      o.success?.({ errMsg: 'showToast:ok' })
    },
    cloud: {
      init() {},
      async callFunction({ name, data }: { name: string; data: { action: string } }) {
        if (name === 'merchant' && data.action === 'jielongSheet') return { result: { ok: true, data: sheet } }
        return { result: { ok: true, data: { items: [], nextCursor: null } } }
      },
    },
    canIUse: (name: string) => name !== 'showShareImageMenu' || options.shareMenu,
    canvasToTempFilePath(o: { canvas: CanvasTwin; success?: (res: unknown) => void; fail?: (res: unknown) => void; complete?: (res: unknown) => void }) {
      const { canvas } = o
      if (!canvas || canvas.width > CANVAS_SIDE_LIMIT || canvas.height > CANVAS_SIDE_LIMIT) {
        const res = { errMsg: 'canvasToTempFilePath:fail native buffer exceed size limit' }
        o.fail?.(res)
        o.complete?.(res)
        return
      }
      const path = `wxfile://tmp/sheet-${exported.length + 1}.png`
      exported.push({ path, width: canvas.width, height: canvas.height, texts: canvas.texts })
      const res = { tempFilePath: path, errMsg: 'canvasToTempFilePath:ok' }
      o.success?.(res)
      o.complete?.(res)
    },
    saveImageToPhotosAlbum(o: { filePath: string; success?: (res: unknown) => void; complete?: (res: unknown) => void }) {
      saved.push(o.filePath)
      o.success?.({ errMsg: 'saveImageToPhotosAlbum:ok' })
      o.complete?.({ errMsg: 'saveImageToPhotosAlbum:ok' })
    },
  }
  // An old base library has no showShareImageMenu at all.
  if (options.shareMenu) {
    wx.showShareImageMenu = (o: { path: string; success?: (res: unknown) => void }) => {
      shared.push(o.path)
      o.success?.({ errMsg: 'showShareImageMenu:ok' })
    }
  }
  return { wx, exported, shared, saved, toasts }
}

/** j-component's dispatchEvent is missing from the SimComponent slice simulate-env declares. */
function tap(page: LoadedPage, selector: string, index = 0) {
  const node = page.comp.querySelectorAll(selector)[index] as unknown as { dispatchEvent(name: string, init?: { detail: unknown }): void } | undefined
  if (!node) throw new Error(`${selector}[${index}] not found in ${page.comp.dom.innerHTML.slice(0, 300)}`)
  node.dispatchEvent('tap', { detail: {} })
}

async function until(ok: () => boolean, what: string, timeoutMs = 5000, state: () => string = () => '') {
  const end = Date.now() + timeoutMs
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} ${state()}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('the 备货单 page on weapp', () => {
  it('draws the sheet on the 2D canvas and opens WeChat’s share-image sheet with the temporary file', async () => {
    const twin = platform(sheetOf([entry(1, '张三'), entry(3, '王五')], [entry(2, '李四')]), { shareMenu: true })
    const page = await loadWeappPage(PAGE, { query: { storeId: 's1', id: 'j1' }, wx: twin.wx })
    await page.waitFor((html) => html.includes('分享备货单图片') && html.includes('王五'))
    tap(page, '.sheet__output')
    await until(() => twin.shared.length === 1, 'the share sheet', 5000, () => JSON.stringify({ toasts: twin.toasts, exported: twin.exported.length, errors: page.errors.map(String) }))
    expect(twin.shared).toEqual(['wxfile://tmp/sheet-1.png'])
    const [image] = twin.exported
    expect(image.width).toBe(750)
    const drawn = image.texts.map((t) => t.text)
    expect(drawn).toEqual(expect.arrayContaining(['周六草莓接龙 备货单', '东门', '西门', '张三 13800000001', '李四 13800000002', '草莓 ×2']))
    expect(drawn.indexOf('东门')).toBeLessThan(drawn.indexOf('西门'))
    expect(twin.saved).toEqual([])
    expect(page.errors).toEqual([])
  })

  it('splits hundreds of entries into images under the canvas limit, shared one by one', async () => {
    const many = Array.from({ length: 300 }, (_, i) => entry(i + 1, `顾客${i + 1}`))
    const twin = platform(sheetOf(many.slice(0, 200), many.slice(200)), { shareMenu: true })
    const page = await loadWeappPage(PAGE, { query: { storeId: 's1', id: 'j1' }, wx: twin.wx })
    await page.waitFor((html) => html.includes('分享备货单图片') && html.includes('顾客300'), 10_000)
    tap(page, '.sheet__output')
    await page.waitFor((html) => html.includes('sheet-output__image'), 10_000)
    expect(twin.exported.length).toBeGreaterThan(1)
    for (const image of twin.exported) expect(image.height).toBeLessThanOrEqual(CANVAS_SIDE_LIMIT)
    // Every entry is on exactly one image.
    const names = twin.exported.flatMap((image) => image.texts.map((t) => t.text).filter((t) => /^顾客\d+ /.test(t)))
    expect(names).toHaveLength(300)
    expect(twin.shared).toEqual([])
    tap(page, '.sheet-output__image', 1)
    await until(() => twin.shared.length === 1, 'the second image shared')
    expect(twin.shared).toEqual(['wxfile://tmp/sheet-2.png'])
    expect(page.errors).toEqual([])
  })

  it('without showShareImageMenu (base library before 2.14.3) saves the image to the album', async () => {
    const twin = platform(sheetOf([entry(1, '张三')], []), { shareMenu: false })
    const page = await loadWeappPage(PAGE, { query: { storeId: 's1', id: 'j1' }, wx: twin.wx })
    await page.waitFor((html) => html.includes('分享备货单图片') && html.includes('张三'))
    tap(page, '.sheet__output')
    await until(() => twin.saved.length === 1, 'the album save')
    expect(twin.saved).toEqual(['wxfile://tmp/sheet-1.png'])
    expect(page.errors).toEqual([])
  })
})
