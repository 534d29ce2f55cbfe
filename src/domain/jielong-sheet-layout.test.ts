import type { JielongSheet, SheetEntry, SheetGroup } from './jielong'
import { MAX_SHEET_IMAGE_HEIGHT, MAX_SHEET_IMAGES, SHEET_IMAGE_WIDTH, sheetImages, textWidth, type SheetImage } from './jielong-sheet-layout'

const line = (skuId: string, title: string, quantity: number) => ({ skuId, title, quantity })

function entry(no: number, extra: Partial<SheetEntry> = {}): SheetEntry {
  return { no, buyerName: `顾客${no}`, telNumber: `1380000${String(no).padStart(4, '0')}`, lines: [line('a', '草莓', 1)], orderId: `o${no}`, status: 'paid', address: '', ...extra }
}

function sheet(groups: Array<Partial<SheetGroup> & { entries: SheetEntry[] }>): JielongSheet {
  const byPickupPoint = groups.map((group, i) => ({ pickupPointId: `p${i}`, name: `自提点${i + 1}`, address: `幸福小区${i + 1}号门`, totals: [line('a', '草莓', group.entries.length)], ...group }))
  return { jielongId: 'j', title: '周六草莓接龙', totals: [line('a', '草莓', byPickupPoint.reduce((n, g) => n + g.entries.length, 0))], byPickupPoint }
}

const texts = (image: SheetImage) => image.steps.flatMap((step) => (step.kind === 'text' ? [step] : []))
const numbersOn = (image: SheetImage) => texts(image).filter((step) => step.color === '#e4393c' && /^\d+$/.test(step.text)).map((step) => Number(step.text))
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

describe('textWidth: Chinese text widths without a canvas', () => {
  it('gives Chinese, full-width punctuation and emoji a whole em, digits and Latin less', () => {
    expect(textWidth('张三', 28)).toBe(56)
    expect(textWidth('，（）', 20)).toBe(60)
    expect(textWidth('🍓', 20)).toBe(20)
    expect(textWidth('138', 20)).toBeCloseTo(36)
    expect(textWidth('张 W', 20)).toBeCloseTo(20 + 6 + 18)
    expect(textWidth('草莓', 20, true)).toBeGreaterThan(textWidth('草莓', 20))
  })
})

describe('sheetImages', () => {
  it('one image for a small sheet: title, 合计, each point in order, each entry with number, name, phone and goods', () => {
    const small = sheet([
      { entries: [entry(1), entry(3, { lines: [line('a', '草莓', 2), line('b', '蓝莓', 1)] })] },
      { entries: [entry(2)] },
      { pickupPointId: null, name: '快递到家', address: '', entries: [entry(4, { address: '广东省广州市天河区体育西路1号' })] },
    ])
    const { images, omitted, width } = sheetImages(small)
    expect([images.length, omitted, width]).toEqual([1, 0, SHEET_IMAGE_WIDTH])
    const all = texts(images[0]).map((step) => step.text)
    expect(all[0]).toBe('周六草莓接龙 备货单')
    expect(all).toEqual(expect.arrayContaining(['合计', '自提点1', '自提点2', '快递到家', '顾客1 13800000001', '草莓 ×2，蓝莓 ×1', '广东省广州市天河区体育西路1号']))
    expect(all.indexOf('自提点1')).toBeLessThan(all.indexOf('自提点2'))
    expect(numbersOn(images[0])).toEqual([1, 3, 2, 4])
    expect(images[0]).toMatchObject({ firstNo: 1, lastNo: 4 })
    expect(all.at(-1)).toBe('— 完 —')
  })

  it('wraps long goods lines inside the image, and the image grows with the entries', () => {
    const goods = Array.from({ length: 12 }, (_, i) => line(`s${i}`, `手工陶瓷马克杯（颜色：天青${i}）`, i + 1))
    const { images } = sheetImages(sheet([{ entries: [entry(1, { lines: goods })] }]))
    const wrapped = texts(images[0]).filter((step) => step.size === 26 && step.text.includes('马克杯'))
    expect(wrapped.length).toBeGreaterThan(3)
    for (const step of texts(images[0])) {
      expect(step.x + textWidth(step.text, step.size, step.bold)).toBeLessThanOrEqual(SHEET_IMAGE_WIDTH - 32 + 0.001)
      expect(step.y + step.size).toBeLessThanOrEqual(images[0].height)
    }
    const heightOf = (n: number) => sheetImages(sheet([{ entries: range(1, n).map((no) => entry(no)) }])).images[0].height
    expect(heightOf(2)).toBeLessThan(heightOf(5))
    expect(heightOf(5) - heightOf(2)).toBe((heightOf(8) - heightOf(5)))
  })

  it('splits hundreds of entries into images under the canvas limit, every number once, a point that runs over marked （续）', () => {
    const big = sheet([{ entries: range(1, 250).map((no) => entry(no)) }, { entries: range(251, 300).map((no) => entry(no)) }])
    const { images, omitted } = sheetImages(big)
    expect(omitted).toBe(0)
    expect(images.length).toBeGreaterThan(3)
    expect(images.length).toBeLessThanOrEqual(MAX_SHEET_IMAGES)
    for (const image of images) expect(image.height).toBeLessThanOrEqual(MAX_SHEET_IMAGE_HEIGHT)
    expect(images.flatMap(numbersOn)).toEqual(range(1, 300))
    expect(texts(images[1]).map((s) => s.text)).toContain('自提点1（续）')
    expect(texts(images[0]).map((s) => s.text)[1]).toMatch(new RegExp(`^第 1/${images.length} 张 · 共 300 人 · 本张 1–\\d+ 号$`))
    images.slice(1).forEach((image, i) => expect(image.firstNo).toBe(images[i].lastNo! + 1))
  })

  it('past the most images a chat takes, stops and says how many are left for the export', () => {
    const huge = sheet([{ entries: range(1, 2000).map((no) => entry(no)) }])
    const { images, omitted } = sheetImages(huge)
    expect(images).toHaveLength(MAX_SHEET_IMAGES)
    const drawn = images.flatMap(numbersOn)
    expect(drawn).toEqual(range(1, drawn.length))
    expect(drawn.length + omitted).toBe(2000)
    expect(texts(images.at(-1)!).at(-1)!.text).toBe(`还有 ${omitted} 位未画出，请用「导出表格」查看全部`)
  })

  it('an empty sheet still draws its points', () => {
    const { images } = sheetImages(sheet([{ entries: [], totals: [] }]))
    expect(texts(images[0]).map((s) => s.text)).toEqual(expect.arrayContaining(['自提点1', '这里还没有人']))
  })
})
