// Serves the H5 build and the files the cloud keeps (demo photos, uploads), so `npm start`
// needs one port. Hashed assets are cached forever; pages fall back to index.html because
// the H5 router uses browser paths.
import { existsSync, readFileSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { demoImageSvg, parseDemoImageName } from '../seed/demo-images'
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
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json'])

interface Cached {
  body: Buffer
  gzipped?: Buffer
  type: string
  immutable: boolean
  security: Record<string, string>
}

export function createStaticFiles(webRoot: string | null) {
  const cache = new Map<string, Cached>()

  function send(req: IncomingMessage, res: ServerResponse, file: Cached): void {
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    const headers: Record<string, string> = {
      ...file.security,
      'content-type': file.type,
      'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
    }
    let body = file.body
    if (acceptsGzip && file.gzipped) {
      headers['content-encoding'] = 'gzip'
      body = file.gzipped
    }
    headers['content-length'] = String(body.length)
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  function prepare(body: Buffer, ext: string, immutable: boolean): Cached {
    const type = TYPES[ext] ?? 'application/octet-stream'
    return { body, type, immutable, security: fileSecurityHeaders(type, body), gzipped: COMPRESSIBLE.has(ext) && body.length > 512 ? gzipSync(body) : undefined }
  }

  function fromDisk(root: string, relative: string, immutable: boolean): Cached | null {
    const file = path.resolve(root, '.' + path.posix.normalize('/' + relative))
    if (!file.startsWith(path.resolve(root) + path.sep)) return null
    if (!existsSync(file) || !statSync(file).isFile()) return null
    return prepare(readFileSync(file), path.extname(file).toLowerCase(), immutable)
  }

  /** Answers the request when it is for a static file; returns false to let others try. */
  return function serve(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false

    if (pathname.startsWith('/files/demo/')) {
      const name = parseDemoImageName(pathname.slice('/files/demo/'.length))
      const svg = name && demoImageSvg(name.key, name.variant)
      if (!svg) return false
      let file = cache.get(pathname)
      if (!file) cache.set(pathname, (file = prepare(Buffer.from(svg), '.svg', true)))
      send(req, res, file)
      return true
    }

    if (!webRoot) return false
    const hasExtension = path.posix.extname(pathname) !== ''
    const key = hasExtension ? pathname : '/index.html'
    let file = cache.get(key)
    if (!file) {
      const found = fromDisk(webRoot, key, key !== '/index.html')
      if (!found) return false
      file = found
      // index.html changes with every build; only hashed assets are kept in memory.
      if (file.immutable) cache.set(key, file)
    }
    send(req, res, file)
    return true
  }
}
