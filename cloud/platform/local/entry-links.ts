// Local twins of wxacode.getUnlimited, urllink.generate and urlscheme.generate. They refuse
// what WeChat refuses (long scenes, pages with a query, expiry beyond 30 days) and hand out
// things that work in a browser against the local cloud:
//   code  → /files/wxacode/<token>.png, a real QR code (PNG) of the equivalent H5 link
//           <publicUrl>/<page>?scene=<encoded scene>, which opens the page as the code would;
//   link  → <publicUrl>/wxaurl/<token>, which redirects to <page>?<query> until it expires
//           (like https://wxaurl.cn/…) and to the landing page's "expired" view after; a custom
//           parameter `?cq=` is passed on to the page's query, as WeChat does.
// Tokens carry everything (no state): the platform's own codes are permanent and its links
// are opaque; here they only need to be readable by the routes below.
import type { IncomingMessage, ServerResponse } from 'node:http'
import QRCode from 'qrcode'
import { LANDING_PAGE, MAX_SCENE_LENGTH, toQueryString } from '../../../src/domain/entry-codec'
import { AppError } from '../../../src/domain/errors'
import type { EntryLinkAdapter } from '../platform'

export const MAX_LINK_DAYS = 30
const SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/
const PAGE = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/
const MAX_QUERY_LENGTH = 1024
/** What toQueryString writes; anything else in a token was not made here. */
const QUERY = /^[A-Za-z0-9%=&._~!*'()-]{0,1024}$/

export interface LocalEntryLinkOptions {
  /** Base URL of the local cloud, which also serves the H5 build. */
  publicUrl: () => string
  now?: () => Date
}

interface CodeToken {
  scene: string
  page: string
}

interface LinkToken {
  page: string
  query: string
  /** Unix seconds, as WeChat's expire_time. */
  expires: number
}

function encodeToken(value: CodeToken | LinkToken): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

function decodeToken(token: string): Record<string, unknown> | null {
  if (!/^[A-Za-z0-9_-]{1,4096}$/.test(token)) return null
  try {
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
    return value && typeof value === 'object' ? value : null
  } catch {
    return null
  }
}

function checkPage(page: string): void {
  // 41030: a page with a leading "/", a query or that does not exist.
  if (!PAGE.test(page)) throw new AppError('VALIDATION_FAILED', `小程序页面路径无效：${page.slice(0, 64)}`)
}

function checkExpiry(expiresAt: Date, now: Date): number {
  const seconds = Math.floor(expiresAt.getTime() / 1000)
  const ahead = expiresAt.getTime() - now.getTime()
  // 85401: expiry must be at least a minute away and at most 30 days.
  if (!Number.isFinite(seconds) || ahead < 60_000 || ahead > MAX_LINK_DAYS * 86_400_000) {
    throw new AppError('VALIDATION_FAILED', '链接有效期须在 1 分钟到 30 天之间')
  }
  return seconds
}

export function localEntryLinks(options: LocalEntryLinkOptions): EntryLinkAdapter {
  const now = options.now ?? (() => new Date())

  function link(input: { page: string; query: Record<string, string>; expiresAt: Date }): string {
    checkPage(input.page)
    const query = toQueryString(input.query)
    if (query.length > MAX_QUERY_LENGTH) throw new AppError('VALIDATION_FAILED', '链接参数过长')
    const expires = checkExpiry(input.expiresAt, now())
    return `${options.publicUrl()}/wxaurl/${encodeToken({ page: input.page, query, expires })}`
  }

  return {
    async createCode({ scene, page }) {
      // 40169: scene longer than 32 characters or outside the allowed characters.
      if (scene.length > MAX_SCENE_LENGTH || !SCENE_CHARS.test(scene)) {
        throw new AppError('VALIDATION_FAILED', '小程序码 scene 须为 32 个以内的合法字符')
      }
      checkPage(page)
      return { image: `/files/wxacode/${encodeToken({ scene, page })}.png` }
    },
    async createUrlLink(input) {
      return { url: link(input) }
    },
    async createUrlScheme(input) {
      // A browser cannot open weixin://; the twin's scheme lands where the link does.
      return { openlink: `${link(input)}?via=scheme` }
    },
    webBase: () => options.publicUrl(),
  }
}

/** The equivalent link a local code encodes: what scanning it would open. */
export function localCodeTarget(publicUrl: string, scene: string, page: string): string {
  return `${publicUrl}/${page}?scene=${encodeURIComponent(scene)}`
}

/**
 * Serves what the twins hand out: code images and link redirects. Answers true when the
 * request was one of them.
 */
export function localEntryRoutes(options: LocalEntryLinkOptions) {
  const now = options.now ?? (() => new Date())
  const images = new Map<string, Buffer>()

  return async function serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false

    const code = /^\/files\/wxacode\/([A-Za-z0-9_-]+)\.png$/.exec(pathname)
    if (code) {
      const token = decodeToken(code[1])
      if (!token || typeof token.scene !== 'string' || typeof token.page !== 'string' || !PAGE.test(token.page)) return false
      let png = images.get(code[1])
      if (!png) {
        png = await QRCode.toBuffer(localCodeTarget(options.publicUrl(), token.scene, token.page), {
          type: 'png',
          width: 430,
          margin: 2,
          errorCorrectionLevel: 'M',
        })
        if (images.size > 500) images.clear()
        images.set(code[1], png)
      }
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(png.length), 'cache-control': 'public, max-age=86400' })
      res.end(req.method === 'HEAD' ? undefined : png)
      return true
    }

    const link = /^\/wxaurl\/([A-Za-z0-9_-]+)$/.exec(pathname)
    if (link) {
      const token = decodeToken(link[1])
      let location: string
      if (!token || typeof token.page !== 'string' || !PAGE.test(token.page) || typeof token.query !== 'string' || !QUERY.test(token.query) || typeof token.expires !== 'number') {
        location = `/${LANDING_PAGE}?state=invalid`
      } else if (token.expires * 1000 <= now().getTime()) {
        location = `/${LANDING_PAGE}?state=expired`
      } else {
        // WeChat hands a link's custom parameter `cq` to the launch query; so does the twin.
        const cq = new URL(req.url ?? '/', 'http://twin').searchParams.get('cq')
        const query = [token.query, cq && /^[A-Za-z0-9_-]{1,256}$/.test(cq) ? `cq=${cq}` : ''].filter(Boolean).join('&')
        location = `/${token.page}${query ? `?${query}` : ''}`
      }
      res.writeHead(302, { location, 'cache-control': 'no-store', 'content-length': '0' })
      res.end()
      return true
    }
    return false
  }
}
