// What shoppers write about a store: reviews of bought products, comments in live rooms and
// on posts. One shape for the merchant's moderation list, one for the shoppers' review list.

export type CommentKind = 'review' | 'live' | 'post'
/** visible; held: the content check asked for review, hidden until the merchant approves. */
export type CommentStatus = 'visible' | 'held' | 'deleted'

/** A review is the buyer's (reply or report it); live and post comments the merchant may delete. */
export const COMMENT_KIND_LABELS: Record<CommentKind, string> = { review: '买家评价', live: '直播评论', post: '动态评论' }

/** What a merchant may give as the reason of a report (merchant.reportReview). */
export const REVIEW_REPORT_REASONS = ['辱骂攻击', '广告引流', '与商品无关', '虚假评价'] as const

export const MAX_REVIEW_TEXT_LENGTH = 500
export const MAX_REVIEW_IMAGES = 9

export interface Review {
  id: string
  orderId: string
  productId: string
  rating: number
  text: string
  images: string[]
  /**
   * Only in the author's own view: images a media check ruled risky. Everyone else gets them
   * left out of \`images\`.
   */
  flaggedImages?: string[]
  status: CommentStatus
  /** A masked name: shoppers never see each other's ids. */
  author: string
  /** True for the caller's own review (which they see while it is held). */
  mine: boolean
  createdAt: string
  /** The merchant's public answer (merchant.replyReview), or null. */
  reply: ReviewReply | null
}

export interface ReviewReply {
  text: string
  createdAt: string
}

export const MAX_REVIEW_REPLY_LENGTH = 500
export const MAX_REVIEW_REPORT_REASON_LENGTH = 200

export interface ModeratedComment {
  id: string
  kind: CommentKind
  targetId: string
  /** The product's title for a review, the post's for a post comment; empty for a live comment. */
  targetTitle: string
  orderId: string | null
  author: string
  rating: number | null
  text: string
  images: string[]
  status: CommentStatus
  createdAt: string
  /** Reviews only: the merchant's public answer, or null. */
  reply: ReviewReply | null
}

/** "买家 ab…9z": enough to tell two shoppers apart in one list, not enough to find them. */
export function authorLabel(openid: string): string {
  if (openid.length <= 4) return '买家'
  return `买家 ${openid.slice(0, 2)}…${openid.slice(-2)}`
}

/** "★★★★☆" for a 1–5 rating. */
export function ratingStars(rating: number): string {
  const full = Math.max(0, Math.min(5, Math.round(rating)))
  return '★'.repeat(full) + '☆'.repeat(5 - full)
}
