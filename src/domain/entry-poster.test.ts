import { POSTER_HEIGHT, POSTER_WIDTH, posterLayout, wrapText, type Measure } from './entry-poster'

// Monospace stand-in for a canvas: CJK characters are one em, Latin half an em.
const measure: Measure = (text, size) => Array.from(text).reduce((w, c) => w + (/[\x00-\x7f]/.test(c) ? size / 2 : size), 0)

describe('wrapText', () => {
  it('keeps a short title on one line', () => {
    expect(wrapText('马克杯', 300, 28, 2, measure)).toEqual(['马克杯'])
  })

  it('breaks a long title and ends the last allowed line with an ellipsis that fits', () => {
    const lines = wrapText('手工粗陶马克杯大容量早餐咖啡杯情侣款送礼盒装限量版', 280, 28, 2, measure)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toBe('手工粗陶马克杯大容量')
    expect(lines[1].endsWith('…')).toBe(true)
    for (const line of lines) expect(measure(line, 28)).toBeLessThanOrEqual(280)
  })

  it('never loses a character without an ellipsis, and never loops on a character wider than the line', () => {
    expect(wrapText('ab cd', 28, 28, 3, measure).join('')).toBe('ab cd')
    expect(wrapText('宽', 10, 28, 2, measure)).toEqual(['宽'])
    expect(wrapText('', 100, 28, 2, measure)).toEqual([])
  })
})

describe('posterLayout', () => {
  const steps = posterLayout({ title: '夏季碎花连衣裙', price: '¥129.00-¥139.00', storeName: '山野小店', image: 'img.png', code: 'code.png' }, measure)

  it('draws the product picture, the price, the title, the store and the code', () => {
    expect(steps.filter((s) => s.kind === 'image').map((s) => (s as { src: string }).src)).toEqual(['img.png', 'code.png'])
    const texts = steps.filter((s) => s.kind === 'text').map((s) => (s as { text: string }).text)
    expect(texts).toEqual(['¥129.00-¥139.00', '夏季碎花连衣裙', '山野小店', '长按识别 立即购买'])
  })

  it('keeps everything inside the poster', () => {
    for (const step of steps) {
      expect(step.x).toBeGreaterThanOrEqual(0)
      expect(step.y).toBeGreaterThanOrEqual(0)
      if (step.kind !== 'text') {
        expect(step.x + step.width).toBeLessThanOrEqual(POSTER_WIDTH)
        expect(step.y + step.height).toBeLessThanOrEqual(POSTER_HEIGHT)
      } else {
        expect(step.x + measure(step.text, step.size)).toBeLessThanOrEqual(POSTER_WIDTH)
        expect(step.y + step.size).toBeLessThanOrEqual(POSTER_HEIGHT)
      }
    }
  })
})
