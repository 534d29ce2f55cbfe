// The local cloud over HTTP: POST /fn/{function} with the wire envelope, plus the H5 build
// and stored files. It runs the very same dispatch as the WeChat cloud function bundles.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { AppError, httpStatusOf } from '../../src/domain/errors'
import type { ResponseEnvelope } from '../../src/domain/envelope'
import type { Ctx } from '../context'
import type { Db } from '../db/client'
import { dispatch, type Registry } from '../dispatch'
import type { Platform } from '../platform/platform'
import { clientAddressOf } from './client-address'
import { encodeBody, negotiateEncoding } from './compression'
import { identityFromRequest } from './identity'
import { linkPreview } from './link-previews'
import { absoluteImage, type PageMeta } from './page-meta'
import { API_SECURITY_HEADERS } from './security-headers'
import { createStaticFiles } from './static-files'
import { shortLinkRoute } from './short-link-route'
import { createUploads, UPLOAD_ROUTE } from './uploads'

export const MAX_BODY_BYTES = 256 * 1024

export interface HttpAppOptions {
  db: Db
  registry: Registry
  platform: Platform
  production: boolean
  /** Folder of the H5 build to serve at `/`; null serves the API alone. */
  webRoot: string | null
  now?: () => Date
  /** Folder for uploaded photos (DATA_DIR/uploads); null turns local uploads off. */
  uploadsDir?: string | null
  /** TRUST_PROXY: behind a reverse proxy, take the client address from its X-Forwarded-For. */
  trustProxy?: boolean
  /** Extra GET routes (e.g. what local platform twins serve); each answers true when it replied. */
  routes?: HttpRoute[]
  /** PUBLIC_URL: the address links and link previews name; else the request's Host. */
  publicUrl?: () => string
}

export type HttpRoute = (req: IncomingMessage, res: ServerResponse, pathname: string) => boolean | Promise<boolean>

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, GET, OPTIONS',
  'access-control-allow-headers': 'content-type, x-openid, authorization',
  'access-control-max-age': '86400',
}

export function createHttpApp(options: HttpAppOptions) {
  const serveStatic = createStaticFiles(options.webRoot, { pageMeta })
  const now = options.now ?? (() => new Date())

  /** A link preview's tags for a storefront page, with absolute URLs as crawlers need them. */
  async function pageMeta(req: IncomingMessage, pathname: string, query: URLSearchParams): Promise<PageMeta | null> {
    // A preview is a nicety: when its query fails, the page is still served, as built.
    const preview = await linkPreview(options.db, pathname, query).catch((error: unknown) => {
      console.error('[http] link preview failed:', error)
      return null
    })
    if (!preview) return null
    const origin = options.publicUrl?.() || originOf(req)
    const search = query.toString()
    return { ...preview, image: absoluteImage(preview.image, origin), url: `${origin}${pathname}${search ? `?${search}` : ''}` }
  }
  const uploads = createUploads({ dir: options.uploadsDir ?? null, db: options.db, now })
  const shortLinks = shortLinkRoute({
    registry: options.registry,
    ctx: () => ({ db: options.db, platform: options.platform, now, production: options.production }),
    hasWeb: options.webRoot !== null,
  })

  // Everything, the request target included, is read inside the one try: whatever a caller
  // sends ends as an envelope with a code, never as a rejection that takes the process down.
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const pathname = requestPath(req.url)
      if (pathname === null) throw new AppError('VALIDATION_FAILED', '请求地址无效')
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS_HEADERS)
        res.end()
        return
      }
      if (pathname === '/health') {
        reply(res, 200, { ok: true, data: { status: 'ok' } }, req)
        return
      }
      const fn = /^\/fn\/([^/]+)\/?$/.exec(pathname)
      if (fn) {
        if (req.method !== 'POST') throw new AppError('VALIDATION_FAILED', '请使用 POST 调用云函数')
        const identity = await identityFromRequest(req, options.production, options.db, now())
        const envelope = await readJson(req)
        const ctx: Ctx = {
          db: options.db,
          identity,
          caller: 'user',
          platform: options.platform,
          now,
          production: options.production,
          clientIp: clientAddressOf(req, options.trustProxy ?? false),
        }
        const name = decodePathSegment(fn[1])
        if (name === null) throw new AppError('NOT_FOUND', '云函数不存在')
        const answer = await dispatch(options.registry, name, envelope, ctx)
        reply(res, answer.status, answer.body, req)
        return
      }
      if (pathname === UPLOAD_ROUTE && req.method === 'POST') {
        const identity = await identityFromRequest(req, options.production, options.db, now())
        reply(res, 200, { ok: true, data: await uploads.receive(req, identity) }, req)
        return
      }
      if (uploads.serve(req, res, pathname)) return
      if (await shortLinks(req, res, pathname)) return
      for (const route of options.routes ?? []) if (await route(req, res, pathname)) return
      if (await serveStatic(req, res, pathname)) return
      throw new AppError('NOT_FOUND', '页面不存在')
    } catch (error) {
      // The client hung up, or sent a body the parser refused, before the request was whole:
      // there is no one to answer and nothing went wrong on our side.
      if (isAbortedRequest(req, error)) {
        res.destroy()
        return
      }
      const appError = error instanceof AppError ? error : null
      if (!appError) console.error('[http] unexpected failure:', error)
      const wire = (appError ?? new AppError('INTERNAL')).toWire()
      if (!res.headersSent) reply(res, httpStatusOf(wire.code), { ok: false, error: wire }, req)
      else res.destroy()
    }
  }
}

/**
 * The path of a request target, or null when it has none. Origin-form (`/path?query`) is read
 * under a fixed origin, so `//host:99999/` is a path and never a host to parse; absolute-form
 * (`http://host/path`) is read as a URL; asterisk- and authority-form have no path.
 */
export function requestPath(target: string | undefined): string | null {
  const raw = target ?? '/'
  try {
    return new URL(raw.startsWith('/') ? `http://localhost${raw}` : raw).pathname
  } catch {
    return null
  }
}

function isAbortedRequest(req: IncomingMessage, error: unknown): boolean {
  return !req.complete && (error as NodeJS.ErrnoException | null)?.code === 'ECONNRESET'
}

/** A %-escaped path segment, or null when an escape is not valid UTF-8 (`%E0%A4%A`). */
function decodePathSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/** This server's own address as the request named it, for a Host that is a plain host[:port]. */
function originOf(req: IncomingMessage): string {
  const host = req.headers.host ?? ''
  return /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/.test(host) ? `http://${host}` : 'http://127.0.0.1'
}

/** The envelope as JSON, compressed when the client accepts it (a page of products is ~20 KB). */
function reply(res: ServerResponse, status: number, body: ResponseEnvelope, req: IncomingMessage): void {
  const encoded = encodeBody(Buffer.from(JSON.stringify(body)), negotiateEncoding(req.headers['accept-encoding']))
  res.writeHead(status, {
    ...CORS_HEADERS,
    ...API_SECURITY_HEADERS,
    ...encoded.headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(encoded.body.length),
    'cache-control': 'no-store',
  })
  res.end(encoded.body)
}

/** Reads the JSON body, refusing anything over the cap before reading it all. */
async function readJson(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > MAX_BODY_BYTES) {
    req.resume()
    throw new AppError('VALIDATION_FAILED', '请求内容过大', { maxBytes: MAX_BODY_BYTES })
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new AppError('VALIDATION_FAILED', '请求内容过大', { maxBytes: MAX_BODY_BYTES })
    chunks.push(chunk as Buffer)
  }
  if (size === 0) throw new AppError('VALIDATION_FAILED', '请求体不能为空')
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new AppError('VALIDATION_FAILED', '请求体不是合法的 JSON')
  }
}
