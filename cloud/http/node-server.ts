// The Node HTTP server under the local cloud, with timeouts so a slow or stalled client
// (slowloris: headers or a body trickling in) cannot hold a connection, and memory, forever.
// No request can end the process: the handler's failures are caught where it is attached, and
// a request Node cannot even parse is answered with the wire envelope like any other refusal.
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { AppError, type WireError } from '../../src/domain/errors'

export interface HttpTimeouts {
  /** The whole request head must arrive within this. */
  headersMs: number
  /** The whole request, head and body, must arrive within this; then Node answers 408. */
  requestMs: number
  /** An idle keep-alive connection is closed after this. */
  keepAliveMs: number
}

/** Generous for a phone on a bad network (a 256 KB body), short enough to shed a stalled socket. */
export const HTTP_TIMEOUTS: HttpTimeouts = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 }

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>

export function createNodeServer(handle: RequestHandler, timeouts: HttpTimeouts = HTTP_TIMEOUTS): Server {
  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      // Node checks the two timeouts above on this interval (30 s by default).
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs, timeouts.requestMs),
    },
    (req, res) => {
      try {
        const pending = handle(req, res)
        if (pending) pending.catch((error: unknown) => lastResort(res, error))
      } catch (error) {
        lastResort(res, error)
      }
    },
  )
  server.on('clientError', answerUnparsable)
  return server
}

/** The handler itself failed (it answers every error it knows): log it, answer INTERNAL, live on. */
function lastResort(res: ServerResponse, error: unknown): void {
  console.error('[http] request handler failed:', error)
  try {
    if (res.headersSent) {
      res.destroy()
      return
    }
    const body = JSON.stringify({ ok: false, error: new AppError('INTERNAL').toWire() })
    res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)) })
    res.end(body)
  } catch {
    res.destroy()
  }
}

/** Statuses Node itself would send for a request it could not read. */
const UNPARSABLE: Record<string, { status: number; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, message: '请求头过大' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, message: '请求超时，请重试' },
}

/**
 * A request line or header Node refuses (bad target, huge header, stray bytes) never reaches
 * the handler; answer it as a VALIDATION_FAILED envelope and close, as Node would with a bare 400.
 */
function answerUnparsable(error: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset connection has no one to answer; an answer already under way must not be interleaved.
  const answering = (socket as Duplex & { _httpMessage?: ServerResponse })._httpMessage?.headersSent
  if (error.code === 'ECONNRESET' || !socket.writable || answering) {
    socket.destroy()
    return
  }
  const { status, message } = UNPARSABLE[error.code ?? ''] ?? { status: 400, message: '请求格式不正确' }
  const wire: WireError = { code: 'VALIDATION_FAILED', message }
  const body = JSON.stringify({ ok: false, error: wire })
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  )
}
