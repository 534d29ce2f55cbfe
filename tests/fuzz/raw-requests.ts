// Byte sequences a client can put on a socket to the local cloud: well-formed requests to the
// nasty targets, and the malformed rest (request lines, headers, lengths, bodies) that Node's
// parser or our handler has to refuse. Each stands alone on its own connection.
import { NASTY_TARGETS } from './arbitrary'

export interface RawRequest {
  label: string
  bytes: Buffer
}

const ENVELOPE = '{"action":"getStore","data":{"storeId":"demo"}}'

function request(method: string, target: string, body = '', headers: string[] = []): Buffer {
  const head = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', ...headers]
  if (body || method === 'POST') head.push('Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`)
  return Buffer.from(`${head.join('\r\n')}\r\n\r\n${body}`, 'utf8')
}

function withBody(body: Buffer): Buffer {
  const head = `POST /fn/catalog HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`
  return Buffer.concat([Buffer.from(head), body])
}

const raw = (label: string, text: string | Buffer): RawRequest => ({ label, bytes: Buffer.isBuffer(text) ? text : Buffer.from(text, 'latin1') })

export const RAW_REQUESTS: RawRequest[] = [
  ...NASTY_TARGETS.flatMap((target) => [
    { label: `POST ${target.slice(0, 60)}`, bytes: request('POST', target, ENVELOPE) },
    { label: `GET ${target.slice(0, 60)}`, bytes: request('GET', target) },
  ]),
  raw('OPTIONS *', 'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
  raw('CONNECT', 'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n'),
  raw('garbage request line', 'GARBAGE\r\n\r\n'),
  raw('a method alone', 'GET\r\n\r\n'),
  raw('an unknown method', 'BREW /fn/catalog HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
  raw('HTTP/9.9', 'GET /health HTTP/9.9\r\nHost: x\r\n\r\n'),
  raw('HTTP/1.0 without Host', 'GET /health HTTP/1.0\r\n\r\n'),
  raw('HTTP/0.9', 'GET /health\r\n\r\n'),
  raw('a NUL in the target', 'GET /\u0000 HTTP/1.1\r\nHost: x\r\n\r\n'),
  raw('a space in the target', 'GET /a b HTTP/1.1\r\nHost: x\r\n\r\n'),
  raw('control bytes', '\u0000\u0001\u0002\u0003\r\n\r\n'),
  raw('TLS hello on the plain port', Buffer.from('160301020001000100fc0303', 'hex')),
  raw('a header without a colon', 'GET /health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'),
  raw('a header name with a space', 'GET /health HTTP/1.1\r\nHost: x\r\nBad Name: 1\r\n\r\n'),
  raw('a control character in a header value', 'GET /health HTTP/1.1\r\nHost: x\r\nX-A: a\u0001b\r\n\r\n'),
  raw('a bare LF request', 'GET /health HTTP/1.1\nHost: x\n\n'),
  raw('a huge header', `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(100_000)}\r\n\r\n`),
  raw('two thousand headers', `GET /health HTTP/1.1\r\nHost: x\r\n${Array.from({ length: 2000 }, (_, i) => `X-H${i}: 1`).join('\r\n')}\r\n\r\n`),
  raw('a huge target', `GET /${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`),
  raw('a negative Content-Length', 'POST /fn/catalog HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n'),
  raw('a Content-Length that is not a number', 'POST /fn/catalog HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'),
  raw('two different Content-Lengths', `POST /fn/catalog HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: ${ENVELOPE.length}\r\n\r\n${ENVELOPE}`),
  raw('Content-Length and chunked', `POST /fn/catalog HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`),
  raw('a broken chunk', 'POST /fn/catalog HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n'),
  raw('an unknown transfer encoding', 'POST /fn/catalog HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n'),
  raw('a Content-Length over the cap', 'POST /fn/catalog HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 99999999999\r\n\r\n'),
  { label: 'a body that is not UTF-8', bytes: withBody(Buffer.concat([Buffer.from('{"action":"search","data":{"q":"'), Buffer.from([0xff, 0xfe, 0xc0, 0x80]), Buffer.from('"}}')])) },
  { label: 'a NUL escaped in JSON', bytes: request('POST', '/fn/catalog', '{"action":"search","data":{"q":"a\\u0000b"}}') },
  { label: 'a lone surrogate escaped in JSON', bytes: request('POST', '/fn/catalog', '{"action":"search","data":{"q":"a\\ud800b"}}') },
  { label: 'a NUL in the action', bytes: request('POST', '/fn/catalog', '{"action":"search\\u0000","data":{}}') },
  { label: 'a NUL in a JSON key', bytes: request('POST', '/fn/catalog', '{"action":"search","data":{"q\\u0000":"a"}}') },
  { label: 'a broken Bearer token', bytes: request('POST', '/fn/auth', '{"action":"me","data":{}}', ['Authorization: Bearer \u00ff\u00fe']) },
  { label: 'x-openid with odd bytes', bytes: request('POST', '/fn/auth', '{"action":"me","data":{}}', ['x-openid: \u00ff\u00fe']) },
  raw('two requests pipelined, the first bad', `POST /fn/%E0%A4%A HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`),
]
