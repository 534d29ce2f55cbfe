// One call of the wire contract over HTTP (DESIGN.md section 3), as a client of the local cloud
// makes it. A connection that breaks before an answer rejects: the caller cannot know whether
// the server acted, which is exactly the case the fault suites care about.
import http from 'node:http'
import type { ActionName, Exactly, RequestOf, ResponseOf } from '../../src/services/contract'
import type { FunctionName } from '../../src/domain/envelope'

export interface WireAnswer<T = any> {
  status: number
  body: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }
}

export function callFn<T = any>(baseUrl: string, fn: string, action: string, data: unknown, openid?: string): Promise<WireAnswer<T>> {
  const payload = JSON.stringify({ action, data })
  const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
  if (openid) headers['x-openid'] = openid
  return new Promise((resolve, reject) => {
    // No keep-alive: each call stands alone, so a killed server fails only the calls in flight.
    const req = http.request(`${baseUrl}/fn/${fn}`, { method: 'POST', headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', reject)
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) })
        } catch (error) {
          reject(error)
        }
      })
    })
    req.on('error', reject)
    req.end(payload)
  })
}

/**
 * The data of a success; anything else is a test failure with the answer in the message. Typed
 * by the wire contract, like the app's callCloud and the suites' callOk (tests/support/test-db).
 */
export async function callOk<F extends FunctionName, A extends ActionName<F>, D extends RequestOf<F, A>>(
  baseUrl: string,
  fn: F,
  action: A,
  data: Exactly<D, RequestOf<F, A>>,
  openid?: string,
): Promise<ResponseOf<F, A>> {
  const answer = await callFn<ResponseOf<F, A>>(baseUrl, fn, action, data, openid)
  if (!answer.body.ok) throw new Error(`${fn}.${action} → ${answer.status} ${JSON.stringify(answer.body.error)}`)
  return answer.body.data
}
