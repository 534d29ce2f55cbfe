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
