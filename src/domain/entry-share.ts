// What a share card and a Moments post carry: a title, an image and the attribution query
// (src=share / src=moments, and the sharer), so the visits they bring are credited.
import { pageOf, shareQuery, toQueryString, type EntryTarget } from './entry-codec'

export interface ShareContent {
  target: EntryTarget
  title: string
  /** A picture for the card; WeChat takes a screenshot of the page when absent. */
  imageUrl?: string
}

/** WeChat cuts long card titles; keep them readable. */
const MAX_TITLE = 28

function shortTitle(title: string): string {
  const chars = Array.from(title.trim())
  return chars.length > MAX_TITLE ? `${chars.slice(0, MAX_TITLE - 1).join('')}…` : chars.join('')
}

/** onShareAppMessage's answer: path starts with "/". */
export function shareAppMessage(content: ShareContent, sharer: string | null): { title: string; path: string; imageUrl?: string } {
  const path = `/${pageOf(content.target)}?${toQueryString(shareQuery(content.target, 'share', sharer))}`
  return content.imageUrl ? { title: shortTitle(content.title), path, imageUrl: content.imageUrl } : { title: shortTitle(content.title), path }
}

/** onShareTimeline's answer: no path, the page's own query. */
export function shareTimeline(content: ShareContent, sharer: string | null): { title: string; query: string; imageUrl?: string } {
  const query = toQueryString(shareQuery(content.target, 'moments', sharer))
  return content.imageUrl ? { title: shortTitle(content.title), query, imageUrl: content.imageUrl } : { title: shortTitle(content.title), query }
}
