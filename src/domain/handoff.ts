// Web → Mini Program hand-off: what a browser visitor chose travels under a short code in the
// link's query (`cq`, which a URL Link passes through to the launch query) or in a wxacode
// scene (`h=`), and the Mini Program restores it at checkout.

/** Characters of a hand-off code: base62, 12 long (≈71 bits), fits a wxacode scene beside p=<id>. */
export const HANDOFF_CODE = /^[A-Za-z0-9]{12}$/
/** The launch query key a URL Link's custom parameter arrives under. */
export const HANDOFF_QUERY_KEY = 'cq'
/** How long a hand-off stays restorable. */
export const HANDOFF_TTL_MS = 2 * 3_600_000
export const MAX_HANDOFF_LINES = 20

/** A link's channel as the entry source it credits (as entry.createLink's links do). */
export function sourceOfChannel(channel: 'weibo' | 'web'): 'weibo' | 'link' {
  return channel === 'weibo' ? 'weibo' : 'link'
}

export interface HandoffLine {
  skuId: string
  quantity: number
}

/** entry.createHandoff → how the web page continues in WeChat. */
export interface CreatedHandoff {
  code: string
  expiresAt: string
  /** URL Link (phones and WeChat's browser), with the code as its custom parameter. */
  url: string
  /** The page's Mini Program code with the code in its scene, for desktops to scan; null on phones. */
  image: string | null
}

/** entry.openHandoff → what checkout needs, with the products as they are now. */
export interface OpenedHandoff {
  storeId: string
  storeName: string
  productId: string | null
  /** The page it continues on, as WeChat reports paths (no leading "/"). */
  page: string
  lines: Array<{ skuId: string; productId: string; title: string; image: string; specs: Record<string, string>; price: number; quantity: number }>
}

/** The hand-off code a launch carries, if any: `cq` from a URL Link, `h` from a code scene. */
export function handoffCodeOf(query: Record<string, string | undefined> | undefined): string | null {
  if (!query) return null
  const fromLink = query[HANDOFF_QUERY_KEY]
  if (fromLink && HANDOFF_CODE.test(fromLink)) return fromLink
  const scene = query.scene ? safeDecode(query.scene) : ''
  const match = /(?:^|&)h=([A-Za-z0-9]{12})(?:&|$)/.exec(scene)
  return match ? match[1] : null
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return ''
  }
}
