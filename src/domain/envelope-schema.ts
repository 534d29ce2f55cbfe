// The zod schema of the request envelope, used where calls are received (cloud entries).
import { z } from 'zod'

/** `{ action, data }` as sent by `callFunction` or POSTed to `/fn/{function}`. */
export const requestEnvelopeSchema = z
  .object({
    action: z.string().min(1).max(64).regex(/^[A-Za-z][A-Za-z0-9]*$/, 'action 只能包含字母和数字'),
    data: z.record(z.unknown()).optional().default({}),
  })
  // Unknown keys are dropped, not refused: WeChat adds its own (e.g. userInfo) to every event.

export type RequestEnvelope = z.infer<typeof requestEnvelopeSchema>
