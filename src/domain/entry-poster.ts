// The share poster's layout: product picture, title, price, the shopper's Mini Program code and
// a hint, as drawing steps in poster pixels. The weapp and H5 drawers only carry them out, so
// both draw the same poster. Text is measured by the drawer's own canvas.
export const POSTER_WIDTH = 600
export const POSTER_HEIGHT = 960

export interface PosterContent {
  title: string
  /** Already formatted, e.g. "¥12.90" or "¥9.90-¥19.90". */
  price: string
  storeName?: string
  /** The product picture and the code picture, as loadable sources. */
  image: string
  code: string
}

export type DrawStep =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; color: string }
  | { kind: 'image'; src: string; x: number; y: number; width: number; height: number }
  | { kind: 'text'; text: string; x: number; y: number; size: number; color: string; bold?: boolean }

/** Width of `text` at `size` px, as the drawer's canvas measures it. */
export type Measure = (text: string, size: number, bold?: boolean) => number

/** Breaks text into at most `maxLines` lines that fit `width`; the last one ends in "…" if cut. */
export function wrapText(text: string, width: number, size: number, maxLines: number, measure: Measure, bold = false): string[] {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim())
  const lines: string[] = []
  let line = ''
  for (let i = 0; i < chars.length; i++) {
    const next = line + chars[i]
    if (measure(next, size, bold) <= width || line === '') {
      line = next
      continue
    }
    if (lines.length === maxLines - 1) {
      lines.push(ellipsis(line, width, size, measure, bold))
      return lines
    }
    lines.push(line)
    line = chars[i]
  }
  if (line) lines.push(line)
  return lines
}

function ellipsis(line: string, width: number, size: number, measure: Measure, bold: boolean): string {
  let chars = Array.from(line)
  while (chars.length > 0 && measure(`${chars.join('')}…`, size, bold) > width) chars = chars.slice(0, -1)
  return `${chars.join('')}…`
}

export function posterLayout(content: PosterContent, measure: Measure): DrawStep[] {
  const pad = 32
  const inner = POSTER_WIDTH - pad * 2
  const steps: DrawStep[] = [
    { kind: 'rect', x: 0, y: 0, width: POSTER_WIDTH, height: POSTER_HEIGHT, color: '#ffffff' },
    { kind: 'rect', x: pad, y: pad, width: inner, height: inner, color: '#f0f0f0' },
    { kind: 'image', src: content.image, x: pad, y: pad, width: inner, height: inner },
  ]
  let y = pad + inner + 28
  steps.push({ kind: 'text', text: content.price, x: pad, y, size: 40, color: '#e4393c', bold: true })
  y += 60
  const codeSize = 160
  const textWidth = inner - codeSize - 24
  for (const line of wrapText(content.title, textWidth, 28, 2, measure, true)) {
    steps.push({ kind: 'text', text: line, x: pad, y, size: 28, color: '#1f1f1f', bold: true })
    y += 40
  }
  if (content.storeName) {
    steps.push({ kind: 'text', text: wrapText(content.storeName, textWidth, 22, 1, measure)[0] ?? '', x: pad, y: y + 8, size: 22, color: '#8a8a8a' })
  }
  const codeY = POSTER_HEIGHT - pad - codeSize - 34
  steps.push({ kind: 'image', src: content.code, x: POSTER_WIDTH - pad - codeSize, y: codeY, width: codeSize, height: codeSize })
  const hint = wrapText('长按识别 立即购买', codeSize, 18, 1, measure)[0]
  steps.push({ kind: 'text', text: hint, x: POSTER_WIDTH - pad - codeSize, y: codeY + codeSize + 10, size: 18, color: '#8a8a8a' })
  return steps
}
