// GET /l/<code>: a short link redirects where its outside link's landing page is, while the
// link is valid. An expired, unknown or malformed code gets a small Chinese page of its own
// (410 / 404), served by the cloud itself so it reads the same with or without the H5 build.
import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Ctx } from '../context'
import { dispatch, type Registry } from '../dispatch'
import type { ResolvedShortLink } from '../entry/resolve-short-link'
import { SHORT_CODE, SHORT_LINK_ROUTE } from '../entry/short-links'
import type { HttpRoute } from './app'

const STYLE =
  'body{margin:0;font-family:-apple-system,"PingFang SC","Noto Sans CJK SC",sans-serif;background:#f6f6f6;color:#333}' +
  'main{max-width:480px;margin:0 auto;padding:96px 24px;text-align:center}' +
  'h1{font-size:20px;margin:0 0 12px}p{font-size:14px;line-height:1.7;color:#8a8a8a;margin:0 0 24px}' +
  'a{display:inline-block;padding:10px 28px;border-radius:999px;background:#07c160;color:#fff;text-decoration:none;font-size:15px}'
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE, 'utf8').digest('base64')}'`
const PAGE_POLICY = `default-src 'none'; style-src ${STYLE_HASH}; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`

interface Gone {
  status: number
  title: string
  hint: string
}

const EXPIRED: Gone = { status: 410, title: '链接已过期', hint: '小程序链接最长有效 30 天。请联系商家获取新的链接，或在微信中搜索店铺名称。' }
const UNKNOWN: Gone = { status: 404, title: '链接不存在', hint: '链接可能不完整或已被删除，请检查后重新打开，或向商家重新获取。' }
const UNAVAILABLE: Gone = { status: 503, title: '暂时无法打开', hint: '请稍后再试。' }

export interface ShortLinkRouteOptions {
  registry: Registry
  /** Everything an anonymous call needs but the identity: db, platform, clock, mode. */
  ctx: () => Omit<Ctx, 'identity' | 'caller'>
  /** Whether the H5 storefront is served here, so the page can offer the way home. */
  hasWeb: boolean
}

export function shortLinkRoute(options: ShortLinkRouteOptions): HttpRoute {
  return async function serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
    if (!pathname.startsWith(SHORT_LINK_ROUTE) || (req.method !== 'GET' && req.method !== 'HEAD')) return false
    const code = pathname.slice(SHORT_LINK_ROUTE.length)
    if (!SHORT_CODE.test(code)) return page(req, res, UNKNOWN, options.hasWeb)
    const ctx: Ctx = { ...options.ctx(), identity: null, caller: 'user' }
    const answer = await dispatch(options.registry, 'entry', { action: 'resolveShortLink', data: { code } }, ctx)
    if (!answer.body.ok) {
      if (answer.body.error.code !== 'NOT_FOUND' && answer.body.error.code !== 'VALIDATION_FAILED') {
        console.error('[http] short link failed:', answer.body.error.code)
        return page(req, res, UNAVAILABLE, options.hasWeb)
      }
      return page(req, res, UNKNOWN, options.hasWeb)
    }
    const link = answer.body.data as ResolvedShortLink
    if (link.expired || !link.location) return page(req, res, EXPIRED, options.hasWeb)
    res.writeHead(302, { location: link.location, 'cache-control': 'no-store', 'content-length': '0' })
    res.end()
    return true
  }
}

function page(req: IncomingMessage, res: ServerResponse, gone: Gone, hasWeb: boolean): true {
  const html =
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<title>${gone.title} · 小店</title><style>${STYLE}</style></head>` +
    `<body><main><h1>${gone.title}</h1><p>${gone.hint}</p>${hasWeb ? '<a href="/">去小店首页</a>' : ''}</main></body></html>`
  res.writeHead(gone.status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': String(Buffer.byteLength(html)),
    'cache-control': 'no-store',
    'content-security-policy': PAGE_POLICY,
    'x-content-type-options': 'nosniff',
  })
  res.end(req.method === 'HEAD' ? undefined : html)
  return true
}
