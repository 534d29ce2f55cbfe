// Wire shapes of the entry function's answers (DESIGN.md section 3 plus the actions this
// feature adds), shared by the cloud operations and the app's service.
import type { Entry, EntrySource } from './entry'

/** entry.recordVisit → the visit, its entry as the cloud resolved it, and whom to share as. */
export interface RecordedVisit {
  visitId: string
  entry: Entry
  /** What to put in `sharer` of the paths this caller shares; null when anonymous. */
  sharer: string | null
}

/** A merchant's Mini Program code (kind qr) or outside link (kind link), as its owner sees it. */
export interface EntryCode {
  id: string
  kind: 'qr' | 'link'
  storeId: string
  productId: string | null
  roomId: string | null
  campaign: string | null
  /** link: weibo | web. */
  channel: string | null
  /** qr: the ≤ 32-character scene. */
  scene: string | null
  /** The page it opens, as WeChat reports launch paths (no leading "/"). */
  path: string
  /** How the page is launched: { scene } for a code, the link's query for a link. */
  query: Record<string, string>
  /** qr: the code's picture (a cloud file id in WeChat, a served path locally). */
  image: string | null
  /** link: the URL Link (null once expired). */
  url: string | null
  /** link: the web landing page for Weibo and other browsers, when the H5 build is deployed. */
  landingUrl: string | null
  /** link: the short `<web>/l/<code>` to post, leading to the landing page (null once expired or with no web). */
  shortUrl: string | null
  expiresAt: string | null
  expired: boolean
  createdAt: string
}

/** entry.createLink also hands out a URL Scheme once, for texts and apps. */
export interface CreatedLink extends EntryCode {
  scheme: string
}

/** entry.listCodes items: each code with the visits it brought. */
export interface ListedCode extends EntryCode {
  visits: number
}

/** entry.getLink: what the web landing page may know about a link. */
export interface PublicLink {
  id: string
  storeId: string
  productId: string | null
  roomId: string | null
  channel: string | null
  url: string | null
  path: string
  query: Record<string, string>
  expiresAt: string | null
  expired: boolean
}

/** entry.createPosterCode: a shopper's own code for a product's share poster. */
export interface PosterCode {
  id: string
  scene: string
  path: string
  image: string
}

/** entry.listVisits items: an arrival at the store; the visitor stays anonymous. */
export interface VisitView {
  id: string
  source: EntrySource
  scene: number | null
  productId: string | null
  roomId: string | null
  campaign: string | null
  sharer: string | null
  code: string | null
  createdAt: string
}
