// Reviews: a buyer writes one per product of a received order; everyone reads them.
import type { Review } from '@/domain/comments'
import type { Page } from '@/domain/envelope'
import { callCloud } from './cloud'

export interface NewReview {
  orderId: string
  productId?: string
  rating: number
  text: string
  images: string[]
}

export function createReview(review: NewReview): Promise<Review> {
  return callCloud('review', 'create', { ...review })
}

export function listReviews(productId: string, cursor?: string | null): Promise<Page<Review>> {
  return callCloud('review', 'list', { productId, cursor })
}
