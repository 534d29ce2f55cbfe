// The wire envelope of DESIGN.md section 3, shared by the app's service and the cloud entries.
import { z } from 'zod'
import { ERROR_CODES } from './errors'

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
] as const

export type FunctionName = (typeof FUNCTION_NAMES)[number]

export function isFunctionName(value: string): value is FunctionName {
  return (FUNCTION_NAMES as readonly string[]).includes(value)
}

/** `{ action, data }` as sent by `callFunction` or POSTed to `/fn/{function}`. */
export const requestEnvelopeSchema = z
  .object({
    action: z.string().min(1).max(64).regex(/^[A-Za-z][A-Za-z0-9]*$/, 'action 只能包含字母和数字'),
    data: z.record(z.unknown()).optional().default({}),
  })
  // Unknown keys are dropped, not refused: WeChat adds its own (e.g. userInfo) to every event.

export type RequestEnvelope = z.infer<typeof requestEnvelopeSchema>

export const wireErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.record(z.unknown()).optional(),
})

export const responseEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: wireErrorSchema }),
])

export type ResponseEnvelope<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; error: z.infer<typeof wireErrorSchema> }

/** Cursor-paginated lists share one shape and one cap. */
export const MAX_PAGE_SIZE = 50
export const DEFAULT_PAGE_SIZE = 20

export interface Page<T> {
  items: T[]
  nextCursor: string | null
}
