// H5: the launch is the URL the browser opened. There are no scene numbers on the web, so a
// `wxscene` query parameter stands in for one (e.g. wxscene=1154 opens a page as Moments'
// single-page mode would) — for local development and the browser tests.
import type { LaunchOptions } from '@/domain/entry-codec'
import { parseQueryString } from '@/domain/entry-codec'

export function readLaunchOptions(_fromHook?: unknown): LaunchOptions {
  if (typeof window === 'undefined') return {}
  const query = parseQueryString(window.location.search)
  const scene = query.wxscene
  delete query.wxscene
  return {
    path: window.location.pathname.replace(/^\/+/, ''),
    query,
    scene: scene === undefined ? undefined : Number(scene),
  }
}
