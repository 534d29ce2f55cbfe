// The periodic job that asks again about images whose check failed or whose verdict never
// arrived (a lost message push), so no image stays unchecked for good.
import { sql } from 'drizzle-orm'
import type { Ctx } from '../context'
import { rowsOf } from '../db/rows'
import type { ContentScene } from '../platform/platform'
import { sendCheck, standingCheck } from './check-images'

/** Images sent again per tick: keeps one run well inside the function's time and WeChat's 2000/min. */
export const RECHECK_BATCH = 50
/** After this many requests without a verdict an image is left alone (e.g. a file no longer served). */
export const MAX_CHECK_ATTEMPTS = 5

export async function recheckImages(ctx: Ctx, limit = RECHECK_BATCH): Promise<{ sent: number }> {
  // No row of the image stands (standingCheck: every one failed or went stale); asked again for
  // whoever supplied it last, in the scene they supplied it in.
  const due = rowsOf<{ image: string; openid: string; scene: ContentScene }>(
    await ctx.db.execute(sql`
      select image, (array_agg(openid order by created_at desc))[1] as openid,
        (array_agg(scene order by created_at desc))[1] as scene
      from media_checks
      group by image
      having not bool_or(coalesce(${standingCheck(ctx.now())}, false))
        and count(*) < ${MAX_CHECK_ATTEMPTS}
      order by max(created_at)
      limit ${limit}`),
  )
  let sent = 0
  for (const row of due) {
    // A platform failure (quota, network) ends this run; the rest wait for the next tick.
    await sendCheck(ctx, { image: row.image, openid: row.openid, scene: Number(row.scene) as ContentScene })
    sent += 1
  }
  return { sent }
}
