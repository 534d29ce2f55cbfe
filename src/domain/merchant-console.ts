// Wire shapes of the console's own merchant actions (beyond DESIGN.md section 3's), shared by
// the cloud operations that answer them and the services that read them.
import type { Product, ProductStatus } from './catalog'
import type { ModeratedComment } from './comments'

export interface MerchantProductPage {
  items: Product[]
  nextCursor: string | null
  /** How many products the store has in each status, for the filter tabs. */
  counts: Record<ProductStatus, number>
}

export interface CommentPage {
  items: ModeratedComment[]
  nextCursor: string | null
  /** Comments waiting for approval, for the console's badge. */
  heldCount: number
}

/** A QR code or link made for the store (entry.createQrCode / createLink). */
export interface EntryCodeView {
  id: string
  kind: 'qr' | 'link'
  productId: string | null
  roomId: string | null
  campaign: string | null
  channel: string | null
  scene: string | null
  path: string
  query: Record<string, string>
  url: string | null
  /** qr: the code's picture (the same as url), to show as an image and save. */
  image?: string | null
  /** link: the short /l/<code> URL to post, while the link is valid. */
  shortUrl?: string | null
  expiresAt: string | null
  createdAt: string
}
