// The caller's address as the HTTP server sees it.
import type { IncomingMessage } from 'node:http'

/**
 * The socket's peer, unless the server runs behind a proxy it was told to trust (TRUST_PROXY):
 * then the last X-Forwarded-For entry, the one that proxy appended. Entries before it come from
 * the client and prove nothing, and without a trusted proxy the header is anyone's to write.
 */
export function clientAddressOf(req: IncomingMessage, trustProxy: boolean): string | undefined {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for']
    const forwarded = (Array.isArray(header) ? header.join(',') : header ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
    if (forwarded.length > 0) return forwarded[forwarded.length - 1]
  }
  return req.socket.remoteAddress ?? undefined
}
