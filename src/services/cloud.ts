// The one way the app talks to the cloud: callCloud(fn, action, data) returns typed data or
// throws AppError. Network failures become NETWORK_FAILED; reads are retried where safe. A call
// waits for the session the build needs, and a refused session token is renewed once.
// The request and the answer of each action are typed by the wire contract (services/contract.ts).
import type { ActionName, RequestArgs, RequestOf, ResponseOf } from './contract'
import { AppError, appErrorFromWire } from '@/domain/errors'
import { isResponseEnvelope, type FunctionName } from '@/domain/envelope'
import { currentIdentity, sessionKeeper, type LoginCall } from './identity'
import { handedOff } from './handoff-gate'
import { transport as defaultTransport, type Transport } from './transport'

export interface CallOptions {
  /**
   * How many extra attempts after a network failure. Default 2 for reads; writes default to 0
   * unless they carry an idempotency key, because repeating them could act twice.
   */
  retries?: number
  /** Sent without waiting for a session: auth.login itself, which makes the session. */
  anonymous?: boolean
}

let transport: Transport = defaultTransport
let wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Tests swap the transport (and the clock) instead of patching globals. */
export function setTransport(next: Transport, sleep?: (ms: number) => Promise<void>): void {
  transport = next
  if (sleep) wait = sleep
}

const READ_ACTION = /^(get|list|search|quote|me|stats)/

const login: LoginCall = (code) => callCloud('auth', 'login', { code }, { anonymous: true })

export function callCloud<F extends FunctionName, A extends ActionName<F>, D extends RequestOf<F, A>>(fn: F, action: A, ...args: RequestArgs<F, A, D, CallOptions>): Promise<ResponseOf<F, A>>
export async function callCloud(
  fn: FunctionName,
  action: string,
  data: Record<string, unknown> = {},
  options: CallOptions = {},
): Promise<unknown> {
  const safe = READ_ACTION.test(action) || typeof data.idempotencyKey === 'string'
  const retries = options.retries ?? (safe ? 2 : 0)
  if (!options.anonymous) await sessionKeeper().ready(login)
  const caller = currentIdentity()
  if (!options.anonymous && handedOff(fn, action, Boolean(caller.token || caller.devOpenid))) throw new AppError('HANDED_OFF')
  let renewed = false
  for (let attempt = 0; ; attempt++) {
    let raw: unknown
    const identity = currentIdentity()
    try {
      raw = await transport({ fn, action, data, identity })
    } catch (error) {
      if (attempt < retries) {
        await wait(300 * 2 ** attempt)
        continue
      }
      throw new AppError('NETWORK_FAILED', undefined, { cause: describe(error) })
    }
    if (!isResponseEnvelope(raw)) throw new AppError('INTERNAL', '服务返回了无法识别的内容')
    if (raw.ok) return raw.data
    const error = appErrorFromWire(raw.error)
    // An expired or revoked session is refused before the action runs, so asking again with a
    // fresh one is safe even for a write.
    if (error.code === 'UNAUTHENTICATED' && identity.token && !renewed && !options.anonymous) {
      renewed = true
      if (await sessionKeeper().renew(identity, login)) {
        attempt--
        continue
      }
    }
    throw error
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message
  if (error && typeof error === 'object' && 'errMsg' in error) return String((error as { errMsg: unknown }).errMsg)
  return String(error)
}
