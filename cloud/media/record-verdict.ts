// media.mediaCheckResult: the wxa_media_check message push (WECHAT-API.md section 4), routed
// here by the WeChat entry and, locally, by the media-check twin. Matched on trace_id; the
// first verdict for a trace is kept, so a repeated push changes nothing.
import { and, eq, isNull } from 'drizzle-orm'
import { z } from 'zod'
import { text } from '../../src/domain/text-schema'
import { mediaChecks } from '../db/schema'
import { defineOperation } from '../operation'

export const mediaCheckEventSchema = z
  .object({
    MsgType: z.literal('event'),
    Event: z.literal('wxa_media_check'),
    trace_id: text({ min: 1, max: 128 }),
    errcode: z.coerce.number().int().optional(),
    result: z
      .object({ suggest: z.enum(['pass', 'review', 'risky']), label: z.coerce.number().int() })
      .passthrough()
      .optional(),
  })
  .passthrough()

export const recordMediaVerdict = defineOperation({
  input: mediaCheckEventSchema,
  access: 'platform',
  async run(ctx, event): Promise<{ recorded: boolean }> {
    // A failed check (e.g. WeChat could not download the image) carries no verdict: it is
    // recorded as 'error', so the image counts as unchecked and is sent again.
    const failed = (event.errcode ?? 0) !== 0 || !event.result
    const verdict = failed ? { suggest: 'error' as const, label: event.errcode ?? null } : { suggest: event.result!.suggest, label: event.result!.label }
    const updated = await ctx.db
      .update(mediaChecks)
      .set({ ...verdict, decidedAt: ctx.now() })
      .where(and(eq(mediaChecks.traceId, event.trace_id), isNull(mediaChecks.decidedAt)))
      .returning({ image: mediaChecks.image })
    return { recorded: updated.length > 0 }
  },
})
