// The 接龙 chat card's picture. Taro builds card-picture.weapp.ts for the Mini Program; H5 (and
// tsc and jest, which see this file) has no chat card, so there is no picture to draw.
import type { CardContent } from '@/domain/jielong-card'

export async function drawCardPicture(_content: CardContent): Promise<string | null> {
  return null
}
