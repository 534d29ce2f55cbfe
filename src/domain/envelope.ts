// The wire envelope of DESIGN.md section 3, shared by the app's service and the cloud entries.
// The app reads answers with the plain guard below; the zod schema of requests lives in
// envelope-schema.ts, so zod stays out of the storefront bundle.
import { isWireErrorCode, type WireError } from './errors'

/** Every cloud function of the contract. An unknown name is refused before any work. */
export const FUNCTION_NAMES = [
  'catalog',
  'order',
  'payment',
  'live',
  'entry',
  'merchant',
  'review',
  'timer',
  'post',
  'auth',
  'address',
  'jielong',
  'chat',
  // The shopper's side of coupons (DESIGN.md 3b).
  'coupon',
] as const

export type FunctionName = (typeof FUNCTION_NAMES)[number]

export function isFunctionName(value: string): value is FunctionName {
  return (FUNCTION_NAMES as readonly string[]).includes(value)
}

export type ResponseEnvelope<T = unknown> = { ok: true; data: T } | { ok: false; error: WireError }

/** True for `{ ok: true, data }` and for `{ ok: false, error: { code, message } }` with a known code. */
export function isResponseEnvelope(value: unknown): value is ResponseEnvelope {
  if (!value || typeof value !== 'object') return false
  const answer = value as { ok?: unknown; data?: unknown; error?: unknown }
  if (answer.ok === true) return 'data' in answer
  if (answer.ok !== false || !answer.error || typeof answer.error !== 'object') return false
  const error = answer.error as { code?: unknown; message?: unknown }
  return isWireErrorCode(error.code) && typeof error.message === 'string'
}

/** Cursor-paginated lists share one shape and one cap. */
export const MAX_PAGE_SIZE = 50
export const DEFAULT_PAGE_SIZE = 20

export interface Page<T> {
  items: T[]
  nextCursor: string | null
}
