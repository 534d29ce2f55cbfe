// The Node HTTP server under the local cloud, with timeouts so a slow or stalled client
// (slowloris: headers or a body trickling in) cannot hold a connection, and memory, forever.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

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

export function createNodeServer(
  handle: (req: IncomingMessage, res: ServerResponse) => void,
  timeouts: HttpTimeouts = HTTP_TIMEOUTS,
): Server {
  return createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      // Node checks the two timeouts above on this interval (30 s by default).
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs, timeouts.requestMs),
    },
    handle,
  )
}
