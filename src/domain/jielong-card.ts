// The picture of a 接龙's chat card: up to three of its goods with their prices, the lowest
// price and how many have joined, as drawing steps in card pixels. WeChat shows a share card's
// picture at 5:4 under the card's title; the weapp drawer only carries the steps out.
import { lowestPrice, type Jielong } from './jielong'
import { formatFen } from './money'
import { wrapText, type DrawStep, type Measure } from './entry-poster'

export const CARD_WIDTH = 500
export const CARD_HEIGHT = 400
/** More pictures than this are too small to tell apart at a chat card's size. */
export const CARD_MAX_GOODS = 3

export interface CardGoods {
  image: string
  title: string
  /** The lowest price among the SKUs that share this picture, in fen. */
  price: number
}

export interface CardContent {
  goods: CardGoods[]
  /** The lowest price of the 接龙, in fen; null when it lists nothing. */
  from: number | null
  participants: number
  open: boolean
}

/** What the card shows of a 接龙: one tile per picture (a product's SKUs share one), cheapest first seen. */
export function jielongCardContent(jielong: Pick<Jielong, 'items' | 'participants' | 'status'>): CardContent {
  const byImage = new Map<string, CardGoods>()
  for (const item of jielong.items) {
    if (!item.image) continue
    const seen = byImage.get(item.image)
    if (!seen) byImage.set(item.image, { image: item.image, title: item.title, price: item.price })
    else if (item.price < seen.price) seen.price = item.price
  }
  return {
    goods: [...byImage.values()].slice(0, CARD_MAX_GOODS),
    from: lowestPrice(jielong.items),
    participants: jielong.participants,
    open: jielong.status === 'open',
  }
}

const PAD = 20
const GAP = 10
const PHOTO_HEIGHT = 270
const TAG_HEIGHT = 34
const COLORS = { paper: '#ffffff', photo: '#f0f0f0', tag: '#1f1f1f', tagText: '#ffffff', price: '#e4393c', ink: '#1f1f1f', muted: '#8a8a8a', joined: '#06ad56' }

export function jielongCardLayout(content: CardContent, measure: Measure): DrawStep[] {
  const steps: DrawStep[] = [{ kind: 'rect', x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT, color: COLORS.paper }]
  const inner = CARD_WIDTH - PAD * 2
  const count = content.goods.length
  if (count === 0) {
    steps.push({ kind: 'rect', x: PAD, y: PAD, width: inner, height: PHOTO_HEIGHT, color: COLORS.photo })
    steps.push({ kind: 'text', text: '接龙', x: CARD_WIDTH / 2 - measure('接龙', 48, true) / 2, y: PAD + PHOTO_HEIGHT / 2 - 24, size: 48, color: COLORS.muted, bold: true })
  }
  // Square tiles (goods photos are square), as large as the row allows, centred.
  const side = count > 0 ? Math.min(PHOTO_HEIGHT, (inner - GAP * (count - 1)) / count) : 0
  const left = PAD + (inner - (side * count + GAP * (count - 1))) / 2
  content.goods.forEach((goods, i) => {
    const x = left + i * (side + GAP)
    const y = PAD + (PHOTO_HEIGHT - side) / 2
    steps.push({ kind: 'rect', x, y, width: side, height: side, color: COLORS.photo })
    steps.push({ kind: 'image', src: goods.image, x, y, width: side, height: side })
    const price = formatFen(goods.price)
    const tagWidth = Math.min(side, measure(price, 20, true) + 16)
    steps.push({ kind: 'rect', x, y: y + side - TAG_HEIGHT, width: tagWidth, height: TAG_HEIGHT, color: COLORS.tag })
    steps.push({ kind: 'text', text: price, x: x + 8, y: y + side - TAG_HEIGHT + 7, size: 20, color: COLORS.tagText, bold: true })
  })

  const bandY = PAD + PHOTO_HEIGHT + 16
  if (content.from !== null) {
    steps.push({ kind: 'text', text: `${formatFen(content.from)}起`, x: PAD, y: bandY + 10, size: 44, color: COLORS.price, bold: true })
  }
  const joined = content.participants > 0 ? `已有 ${content.participants} 人参加` : '快来参加'
  const [joinedLine] = wrapText(joined, inner / 2, 28, 1, measure, true)
  steps.push({ kind: 'text', text: joinedLine, x: CARD_WIDTH - PAD - measure(joinedLine, 28, true), y: bandY + 4, size: 28, color: content.open ? COLORS.joined : COLORS.muted, bold: true })
  const state = content.open ? '接龙进行中，点开参加' : '接龙已结束'
  steps.push({ kind: 'text', text: state, x: CARD_WIDTH - PAD - measure(state, 20), y: bandY + 44, size: 20, color: COLORS.muted })
  return steps
}
