import type { JielongItem } from './jielong'
import { CARD_HEIGHT, CARD_MAX_GOODS, CARD_WIDTH, jielongCardContent, jielongCardLayout, type CardContent } from './jielong-card'
import { textWidth } from './jielong-sheet-layout'
import type { DrawStep } from './entry-poster'

function item(skuId: string, image: string, price: number, title = `商品${skuId}`): JielongItem {
  return { skuId, productId: `p-${image}`, title, spec: '', image, price, stock: 10, sold: 0, limitPerPerson: null }
}

const texts = (steps: DrawStep[]) => steps.flatMap((step) => (step.kind === 'text' ? [step.text] : []))
const images = (steps: DrawStep[]) => steps.flatMap((step) => (step.kind === 'image' ? [step] : []))

describe('jielongCardContent', () => {
  it('one tile per picture, at the cheapest price of the SKUs sharing it, at most three', () => {
    const content = jielongCardContent({
      items: [item('a', '/berry.png', 1990), item('b', '/berry.png', 990), item('c', '/pear.png', 1500), item('d', '', 100), item('e', '/fig.png', 800), item('f', '/kiwi.png', 700)],
      participants: 4,
      status: 'open',
    })
    expect(content.goods.map((g) => [g.image, g.price])).toEqual([
      ['/berry.png', 990],
      ['/pear.png', 1500],
      ['/fig.png', 800],
    ])
    expect(content.goods).toHaveLength(CARD_MAX_GOODS)
    // The lowest price counts every SKU, with or without a picture.
    expect(content.from).toBe(100)
    expect(content).toMatchObject({ participants: 4, open: true })
  })

  it('a 接龙 listing nothing has no price', () => {
    expect(jielongCardContent({ items: [], participants: 0, status: 'closed' })).toEqual({ goods: [], from: null, participants: 0, open: false })
  })
})

describe('jielongCardLayout', () => {
  const card = (extra: Partial<CardContent>): CardContent => ({ goods: [{ image: '/berry.png', title: '草莓', price: 990 }], from: 990, participants: 3, open: true, ...extra })

  it('shows the goods with their prices, the lowest price and how many joined', () => {
    const steps = jielongCardLayout(
      card({ goods: [{ image: '/berry.png', title: '草莓', price: 990 }, { image: '/pear.png', title: '梨', price: 1500 }], from: 990, participants: 12 }),
      textWidth,
    )
    expect(images(steps).map((step) => step.src)).toEqual(['/berry.png', '/pear.png'])
    expect(texts(steps)).toEqual(expect.arrayContaining(['¥9.90', '¥15.00', '¥9.90起', '已有 12 人参加', '接龙进行中，点开参加']))
  })

  it('keeps every step inside the 5:4 card, and the tiles square and apart', () => {
    for (const count of [1, 2, 3]) {
      const goods = Array.from({ length: count }, (_, i) => ({ image: `/g${i}.png`, title: `g${i}`, price: 123456 }))
      const steps = jielongCardLayout(card({ goods, participants: 123456 }), textWidth)
      expect(CARD_WIDTH / CARD_HEIGHT).toBe(5 / 4)
      for (const step of steps) {
        const width = step.kind === 'text' ? textWidth(step.text, step.size, step.bold) : step.width
        const height = step.kind === 'text' ? step.size : step.height
        expect(step.x).toBeGreaterThanOrEqual(0)
        expect(step.y).toBeGreaterThanOrEqual(0)
        expect(step.x + width).toBeLessThanOrEqual(CARD_WIDTH + 0.001)
        expect(step.y + height).toBeLessThanOrEqual(CARD_HEIGHT + 0.001)
      }
      const tiles = images(steps)
      expect(tiles).toHaveLength(count)
      for (const tile of tiles) expect(tile.width).toBe(tile.height)
      for (let i = 1; i < tiles.length; i++) expect(tiles[i].x).toBeGreaterThan(tiles[i - 1].x + tiles[i - 1].width)
    }
  })

  it('asks people to join when nobody has, and says when it is over', () => {
    expect(texts(jielongCardLayout(card({ participants: 0 }), textWidth))).toContain('快来参加')
    const closed = texts(jielongCardLayout(card({ open: false }), textWidth))
    expect(closed).toContain('接龙已结束')
    expect(closed).not.toContain('接龙进行中，点开参加')
  })

  it('without pictures still shows the price and the count', () => {
    const steps = jielongCardLayout(card({ goods: [], from: 500, participants: 2 }), textWidth)
    expect(images(steps)).toEqual([])
    expect(texts(steps)).toEqual(expect.arrayContaining(['¥5.00起', '已有 2 人参加']))
  })
})
