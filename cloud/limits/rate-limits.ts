// Every rate limit the cloud enforces, in one table: how many hits a key may have in its window,
// and what the caller is told when it is full (the RATE_LIMITED default when none is given).
import type { RateLimit } from './rate-limit'

export const RATE_LIMITS = {
  /**
   * The write budget of one identity in one cloud function (all its writing actions together),
   * enforced by dispatch for operations that declare it. A person tapping through the app stays
   * far below it (checkout is a handful of writes); a script hammering order.create does not.
   */
  writes: { limit: 60, windowMs: 60_000 },
  /** Files one user uploads through the local server's upload route. */
  uploads: { limit: 60, windowMs: 60_000 },
  login: {
    /**
     * Failed attempts from one client address (an IPv6 /64), counted before asking WeChat so a
     * flood of bad codes neither burns the app's quota nor, being per address, keeps anyone else
     * from logging in. A valid code gives its slot back: many people behind one NAT can log in.
     */
    failuresPerAddress: { limit: 20, windowMs: 60_000 },
    /** Sessions one user may open; WeChat itself allows 100 code2Session calls a minute per user. */
    perUser: { limit: 10, windowMs: 60_000 },
  },
  anonymousVisits: {
    /**
     * New anonymous visits from one address (an IPv6 /64). A person browsing shared posts opens a
     * few pages a minute; the margin is for a handful of people behind one carrier NAT.
     */
    perAddress: { limit: 30, windowMs: 60_000 },
    /** New anonymous visits credited to one store, from all addresses together. */
    perStore: { limit: 120, windowMs: 60_000 },
  },
  handoff: {
    /** New hand-offs from one address (an IPv6 /64): a shopper taps a few buttons a minute. */
    perAddress: { limit: 30, windowMs: 60_000 },
  },
  /** Per sender, across all their conversations: a person typing stays well below it; a script does not. */
  chatMessages: { limit: 20, windowMs: 30_000 },
  /** A shopper's own share-poster codes: each one is a paid wxacode call. */
  posterCodes: { limit: 20, windowMs: 3_600_000 },
  /** Like taps per shopper per post, and per shopper per live room. */
  postLike: { limit: 10, windowMs: 10_000, message: '点赞太快啦，歇一会儿再点' },
  liveLike: { limit: 10, windowMs: 10_000, message: '点赞太快啦，歇一会儿再点' },
  /** Comments per shopper per post, and per shopper per live room. */
  postComment: { limit: 5, windowMs: 10_000, message: '评论太快啦，稍等几秒再发' },
  liveComment: { limit: 5, windowMs: 10_000, message: '评论太快啦，稍等几秒再发' },
} as const satisfies Record<string, RateLimit | Record<string, RateLimit>>
