// The 接龙 packing sheet as pictures (weapp shares them to a chat or saves them): which rows,
// how long text wraps, and how the entries are split into images a phone's canvas can hold, as
// drawing steps in image pixels. The weapp drawer only carries them out on a 2D canvas.
import { describeEntryLines, type JielongSheet, type SheetEntry, type SheetGroup } from './jielong'
import { wrapText, type DrawStep, type Measure } from './entry-poster'

export const SHEET_IMAGE_WIDTH = 750
/** A 2D canvas refuses more than 4096 px a side on many phones; each image stays under it. */
export const MAX_SHEET_IMAGE_HEIGHT = 4000
/** More images than this are too many to send one by one: the rest is left to the export. */
export const MAX_SHEET_IMAGES = 10

const PAD = 32
const NO_WIDTH = 72
const INNER = SHEET_IMAGE_WIDTH - PAD * 2
const TEXT_X = PAD + NO_WIDTH
const TEXT_WIDTH = SHEET_IMAGE_WIDTH - TEXT_X - PAD
/** Enough for an entry of twenty kinds of goods; a longer one ends in "…". */
const MAX_LINES = 12
const COLORS = { ink: '#1f1f1f', muted: '#8a8a8a', accent: '#e4393c', band: '#f5f5f5', rule: '#e8e8e8', paper: '#ffffff' }
const HEADER_HEIGHT = 128
const FOOTER_HEIGHT = 64

/**
 * Width of text in a sans-serif font without a canvas, erring wide: Chinese, kana, Hangul,
 * full-width forms and emoji take a whole em, Latin letters and digits about 0.6 (wide
 * capitals 0.75), a space 0.3. The layout only wraps earlier than a real font would.
 */
export function textWidth(text: string, size: number, bold = false): number {
  let ems = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code === 0x20) ems += 0.3
    else if (isWide(code)) ems += 1
    else if (/[MWmw@%&]/.test(char)) ems += 0.9
    else if (/[A-Z]/.test(char)) ems += 0.75
    else ems += 0.6
  }
  return ems * size * (bold ? 1.05 : 1)
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK radicals … Yi, with kana and CJK punctuation
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // full-width forms (，：（）)
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f000 && code <= 0x1faff) || // emoji
    (code >= 0x20000 && code <= 0x3fffd) // CJK extensions
  )
}

export interface SheetImage {
  height: number
  steps: DrawStep[]
  /** The entry numbers on this image (for the button that shares it), or null for none. */
  firstNo: number | null
  lastNo: number | null
}

export interface SheetImages {
  width: number
  images: SheetImage[]
  /** Entries left out because MAX_SHEET_IMAGES were full (the last image says so). */
  omitted: number
}

/** A piece that is never split across two images; steps are relative to its top. */
interface Block {
  height: number
  steps: DrawStep[]
  entry?: SheetEntry
}

const text = (value: string, x: number, y: number, size: number, color = COLORS.ink, bold = false): DrawStep => ({ kind: 'text', text: value, x, y, size, color, bold })

function paragraph(value: string, x: number, y: number, width: number, size: number, lineHeight: number, measure: Measure, color: string) {
  const lines = wrapText(value, width, size, MAX_LINES, measure)
  return { steps: lines.map((line, i) => text(line, x, y + i * lineHeight, size, color)), height: lines.length * lineHeight }
}

function totalsBlock(sheet: JielongSheet, measure: Measure): Block {
  const body = paragraph(describeEntryLines(sheet.totals) || '还没有已付款的接龙', PAD + 20, 64, INNER - 40, 28, 40, measure, COLORS.ink)
  const height = 64 + body.height + 24
  return { height, steps: [{ kind: 'rect', x: PAD, y: 8, width: INNER, height: height - 16, color: COLORS.band }, text('合计', PAD + 20, 22, 28, COLORS.accent, true), ...body.steps] }
}

function groupBlock(group: SheetGroup, continued: boolean, measure: Measure): Block {
  const name = wrapText(`${group.name}${continued ? '（续）' : ''}`, INNER, 32, 1, measure, true)[0] ?? ''
  const steps: DrawStep[] = [{ kind: 'rect', x: 0, y: 16, width: SHEET_IMAGE_WIDTH, height: 4, color: COLORS.accent }, text(name, PAD, 36, 32, COLORS.ink, true)]
  let y = 84
  if (group.address) {
    const address = paragraph(group.address, PAD, y, INNER, 24, 34, measure, COLORS.muted)
    steps.push(...address.steps)
    y += address.height
  }
  if (!continued) {
    const totals = paragraph(`小计：${describeEntryLines(group.totals) || '暂无'}`, PAD, y + 4, INNER, 26, 36, measure, COLORS.ink)
    steps.push(...totals.steps)
    y += totals.height + 4
  }
  return { height: y + 12, steps }
}

function entryBlock(entry: SheetEntry, measure: Measure): Block {
  const steps: DrawStep[] = [
    { kind: 'rect', x: PAD, y: 0, width: INNER, height: 2, color: COLORS.rule },
    text(String(entry.no), PAD, 18, 32, COLORS.accent, true),
    text(wrapText(`${entry.buyerName} ${entry.telNumber}`, TEXT_WIDTH, 28, 1, measure, true)[0] ?? '', TEXT_X, 18, 28, COLORS.ink, true),
  ]
  let y = 62
  const lines = paragraph(describeEntryLines(entry.lines), TEXT_X, y, TEXT_WIDTH, 26, 36, measure, COLORS.ink)
  steps.push(...lines.steps)
  y += lines.height
  if (entry.address) {
    const address = paragraph(entry.address, TEXT_X, y + 2, TEXT_WIDTH, 24, 32, measure, COLORS.muted)
    steps.push(...address.steps)
    y += address.height + 2
  }
  return { height: y + 16, steps, entry }
}

function emptyBlock(): Block {
  return { height: 56, steps: [text('这里还没有人', PAD, 12, 26, COLORS.muted)] }
}

/**
 * The sheet split into images no taller than maxHeight: the totals first, then each pickup
 * point's header and its entries; a point that runs over starts the next image with its name
 * and （续）. An entry is never cut in two, nor a header left at the bottom without an entry.
 */
export function sheetImages(
  sheet: JielongSheet,
  options: { measure?: Measure; maxHeight?: number; maxImages?: number } = {},
): SheetImages {
  const measure = options.measure ?? textWidth
  const maxHeight = options.maxHeight ?? MAX_SHEET_IMAGE_HEIGHT
  const maxImages = options.maxImages ?? MAX_SHEET_IMAGES
  const room = maxHeight - HEADER_HEIGHT - FOOTER_HEIGHT
  const pages: Block[][] = [[]]
  let used = 0
  let omitted = 0
  const total = sheet.byPickupPoint.reduce((sum, group) => sum + group.entries.length, 0)
  const place = (blocks: Block[]): boolean => {
    const height = blocks.reduce((sum, block) => sum + block.height, 0)
    if (used + height <= room || used === 0) {
      pages[pages.length - 1].push(...blocks)
      used += height
      return true
    }
    return false
  }
  const newPage = (): boolean => {
    if (pages.length >= maxImages) return false
    pages.push([])
    used = 0
    return true
  }

  place([totalsBlock(sheet, measure)])
  let placed = 0
  outer: for (const group of sheet.byPickupPoint) {
    const header = groupBlock(group, false, measure)
    if (group.entries.length === 0) {
      if (!place([header, emptyBlock()]) && (!newPage() || !place([header, emptyBlock()]))) break
      continue
    }
    for (const [i, entry] of group.entries.entries()) {
      const block = entryBlock(entry, measure)
      const first = i === 0 ? [header, block] : [block]
      if (place(first)) {
        placed++
        continue
      }
      if (!newPage()) break outer
      place(i === 0 ? [header, block] : [groupBlock(group, true, measure), block])
      placed++
    }
  }
  omitted = total - placed

  const images = pages.map((blocks, index): SheetImage => {
    const steps: DrawStep[] = []
    const numbers = blocks.flatMap((block) => (block.entry ? [block.entry.no] : []))
    const contentHeight = blocks.reduce((sum, block) => sum + block.height, 0)
    const height = HEADER_HEIGHT + contentHeight + FOOTER_HEIGHT
    steps.push({ kind: 'rect', x: 0, y: 0, width: SHEET_IMAGE_WIDTH, height, color: COLORS.paper })
    steps.push(text(wrapText(`${sheet.title} 备货单`, INNER, 36, 1, measure, true)[0] ?? '', PAD, 32, 36, COLORS.ink, true))
    const of = pages.length > 1 ? `第 ${index + 1}/${pages.length} 张 · ` : ''
    steps.push(text(`${of}共 ${total} 人${numbers.length > 0 ? ` · 本张 ${numbers[0]}–${numbers[numbers.length - 1]} 号` : ''}`, PAD, 82, 24, COLORS.muted))
    let y = HEADER_HEIGHT
    for (const block of blocks) {
      for (const step of block.steps) steps.push({ ...step, y: step.y + y })
      y += block.height
    }
    const last = index === pages.length - 1
    const footer = last && omitted > 0 ? `还有 ${omitted} 位未画出，请用「导出表格」查看全部` : last ? '— 完 —' : '接下一张'
    steps.push(text(footer, PAD, y + 18, 24, last && omitted > 0 ? COLORS.accent : COLORS.muted, last && omitted > 0))
    return { height, steps, firstNo: numbers[0] ?? null, lastNo: numbers[numbers.length - 1] ?? null }
  })
  return { width: SHEET_IMAGE_WIDTH, images, omitted }
}
