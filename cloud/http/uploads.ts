// Photos merchants and shoppers upload while running locally (on weapp they go to WeChat
// cloud storage instead): POST /files/uploads with the image bytes as the body, answered with
// the path to store (/files/uploads/2026-03/<random>.jpg), then served from DATA_DIR/uploads.
// Only real JPEG, PNG, GIF and WebP files are kept: the bytes decide, not the content-type.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { AppError } from '../../src/domain/errors'
import type { Identity } from '../context'
import type { Db } from '../db/client'
import { newId } from '../db/ids'
import { hitRateLimit } from '../limits/rate-limit'
import { RATE_LIMITS } from '../limits/rate-limits'

export const UPLOAD_ROUTE = '/files/uploads'
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024

const TYPES = {
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
} as const
type Extension = keyof typeof TYPES

const STORED = /^\/files\/uploads\/(\d{4}-\d{2})\/([A-Za-z0-9]{16}\.(jpg|png|gif|webp))$/

/** The image type the bytes say, or null when they are not an image we keep. */
export function sniffImage(bytes: Buffer): Extension | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg'
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png'
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(bytes.subarray(0, 6).toString('latin1'))) return 'gif'
  if (bytes.length >= 12 && bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'webp'
  return null
}

/** An .xlsx (a zip) or, sent as text/csv, UTF-8 text: what the product import reads. */
export function sniffSheet(bytes: Buffer, contentType: string): 'xlsx' | 'csv' | null {
  if (bytes.length >= 4 && bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx'
  if (/^text\/csv\b/i.test(contentType) && !bytes.includes(0) && !bytes.toString('utf8').includes('\uFFFD')) return 'csv'
  return null
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const tooBig = () => new AppError('VALIDATION_FAILED', `图片不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, { maxBytes: MAX_UPLOAD_BYTES })
  if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES) {
    req.resume()
    throw tooBig()
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_UPLOAD_BYTES) {
      req.resume()
      throw tooBig()
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

export function createUploads(options: { dir: string | null; db: Db; now: () => Date }) {
  const { dir } = options

  /** Stores the request's image and returns the path to save with a product or review. */
  async function receive(req: IncomingMessage, identity: Identity | null): Promise<{ url: string }> {
    if (!identity) {
      req.resume()
      throw new AppError('UNAUTHENTICATED')
    }
    if (!dir) {
      req.resume()
      throw new AppError('NOT_FOUND', '本地上传未开启')
    }
    const bytes = await readBody(req)
    if (bytes.length === 0) throw new AppError('VALIDATION_FAILED', '没有收到图片')
    // Spreadsheets for the product import are kept too, but never served back (see serve).
    const ext = sniffImage(bytes) ?? sniffSheet(bytes, String(req.headers['content-type'] ?? ''))
    if (!ext) throw new AppError('VALIDATION_FAILED', '只支持 JPG、PNG、GIF、WebP 格式的图片，或 .xlsx / .csv 表格')
    const now = options.now()
    await hitRateLimit(options.db, `upload:${identity.openid}`, RATE_LIMITS.uploads, now)
    const month = now.toISOString().slice(0, 7)
    const name = `${newId(16)}.${ext}`
    mkdirSync(path.join(dir, month), { recursive: true })
    writeFileSync(path.join(dir, month, name), bytes)
    return { url: `${UPLOAD_ROUTE}/${month}/${name}` }
  }

  /** Answers GET/HEAD for a stored upload; false for anything else. */
  function serve(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    const match = STORED.exec(pathname)
    if (!match || !dir) return false
    const file = path.join(dir, match[1], match[2])
    if (!existsSync(file)) return false
    const body = readFileSync(file)
    res.writeHead(200, {
      'content-type': TYPES[match[3] as Extension],
      'content-length': String(body.length),
      // Names are random and never reused: the bytes behind one never change.
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      'access-control-allow-origin': '*',
    })
    res.end(req.method === 'HEAD' ? undefined : body)
    return true
  }

  return { receive, serve }
}
