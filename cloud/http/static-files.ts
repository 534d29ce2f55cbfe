// Serves the H5 build and the files the cloud keeps (demo photos, uploads), so `npm start`
// needs one port. Pages fall back to index.html because the H5 router uses browser paths; a
// page a link preview knows (product, store, post, 接龙) gets its own title and Open Graph tags.
// Caching: build files whose names carry a content hash never change (a year, immutable);
// everything else, index.html first, is revalidated on every use (no-cache + ETag).
// Compression: text files are compressed once per encoding and kept with the file.
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { demoImageSvg, parseDemoImageName } from '../seed/demo-images'
import { encodeBody, isCompressible, negotiateEncoding, type Compressed, type Encoding } from './compression'
import { withPageMeta, type PageMeta } from './page-meta'
import { parseRouteChunks, preloadTags, withPreloads, type RouteChunks } from './route-preloads'
import { fileSecurityHeaders } from './security-headers'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
}

/** `app.1a2b3c4d.js`: the build names its files by content hash (config/index.ts). */
const HASHED_NAME = /\.[0-9a-f]{8}\.[a-z0-9]+$/i

export const IMMUTABLE = 'public, max-age=31536000, immutable'

interface Kept {
  body: Buffer
  type: string
  immutable: boolean
  etag: string
  security: Record<string, string>
  /** Each encoding made on first demand, then kept. */
  encoded: Compressed
  /** The file's mtime, to notice a rebuild (`npm run dev:h5` rebuilds under a running cloud). */
  mtimeMs?: number
}

export interface StaticFileOptions {
  /** The page's own tags for a link preview, or null to serve the page as built. */
  pageMeta?: (req: IncomingMessage, pathname: string, query: URLSearchParams) => Promise<PageMeta | null>
}

function keep(body: Buffer, ext: string, immutable: boolean): Kept {
  const type = TYPES[ext] ?? 'application/octet-stream'
  return { body, type, immutable, etag: etagOf(body), security: fileSecurityHeaders(type, body), encoded: {} }
}

/** The query of a request target, read as requestPath reads its path (`//x:99999/?a` is a path). */
function requestQuery(target: string | undefined): URLSearchParams {
  const raw = target ?? '/'
  try {
    return new URL(raw.startsWith('/') ? `http://localhost${raw}` : raw).searchParams
  } catch {
    return new URLSearchParams()
  }
}

function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`
}

function encodingFor(req: IncomingMessage, type: string): Encoding | null {
  return isCompressible(type) ? negotiateEncoding(req.headers['accept-encoding']) : null
}

export function createStaticFiles(webRoot: string | null, options: StaticFileOptions = {}) {
  const cache = new Map<string, Kept>()

  function send(req: IncomingMessage, res: ServerResponse, file: Kept, body = file.body, etag = file.etag): void {
    // The kept file's encodings are made once; a page written for this request is compressed now.
    const encoded = encodeBody(body, encodingFor(req, file.type), body === file.body ? file.encoded : undefined)
    const headers: Record<string, string> = {
      ...file.security,
      ...encoded.headers,
      'content-type': file.type,
      'cache-control': file.immutable ? IMMUTABLE : 'no-cache',
      etag,
    }
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers)
      res.end()
      return
    }
    headers['content-length'] = String(encoded.body.length)
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : encoded.body)
  }

  function fromDisk(root: string, relative: string): { file: string; mtimeMs: number } | null {
    const file = path.resolve(root, '.' + path.posix.normalize('/' + relative))
    if (!file.startsWith(path.resolve(root) + path.sep)) return null
    try {
      const stat = statSync(file)
      return stat.isFile() ? { file, mtimeMs: stat.mtimeMs } : null
    } catch {
      return null
    }
  }

  /** A build file, kept in memory; read again only when a file without a hash changed on disk. */
  function load(root: string, relative: string): Kept | null {
    const kept = cache.get(relative)
    if (kept?.immutable) return kept
    const found = fromDisk(root, relative)
    if (!found) return null
    if (kept && kept.mtimeMs === found.mtimeMs) return kept
    const immutable = HASHED_NAME.test(found.file)
    const file = { ...keep(readFileSync(found.file), path.extname(found.file).toLowerCase(), immutable), mtimeMs: found.mtimeMs }
    cache.set(relative, file)
    return file
  }

  /** The build's route → chunk files map (route-preloads.ts), read again after a rebuild. */
  const routeMaps = new WeakMap<Kept, RouteChunks>()
  function routeChunks(root: string): RouteChunks {
    const file = load(root, '/route-chunks.json')
    if (!file) return {}
    let routes = routeMaps.get(file)
    if (!routes) routeMaps.set(file, (routes = parseRouteChunks(file.body.toString('utf8'))))
    return routes
  }

  async function servePage(req: IncomingMessage, res: ServerResponse, root: string, pathname: string): Promise<boolean> {
    const file = load(root, '/index.html')
    if (!file) return false
    const query = requestQuery(req.url)
    const meta = options.pageMeta ? await options.pageMeta(req, pathname, query) : null
    const preloads = preloadTags(routeChunks(root), pathname)
    if (!meta && !preloads) {
      send(req, res, file)
      return true
    }
    // The security headers stay those of the built page: its inline script and so its hash are unchanged.
    const html = file.body.toString('utf8')
    const body = Buffer.from(withPreloads(meta ? withPageMeta(html, meta) : html, preloads))
    send(req, res, file, body, etagOf(body))
    return true
  }

  /** Answers the request when it is for a static file; returns false to let others try. */
  return async function serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false

    if (pathname.startsWith('/files/demo/')) {
      const name = parseDemoImageName(pathname.slice('/files/demo/'.length))
      const svg = name && demoImageSvg(name.key, name.variant)
      if (!svg) return false
      let file = cache.get(pathname)
      // A demo photo's name says what it draws, and the drawing never changes.
      if (!file) cache.set(pathname, (file = keep(Buffer.from(svg), '.svg', true)))
      send(req, res, file)
      return true
    }

    if (!webRoot) return false
    const hasExtension = path.posix.extname(pathname) !== ''
    if (!hasExtension || pathname === '/index.html') return servePage(req, res, webRoot, pathname)
    const file = load(webRoot, pathname)
    if (!file) return false
    send(req, res, file)
    return true
  }
}
