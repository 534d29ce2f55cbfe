// Sends the images a user just supplied to the platform's asynchronous check. Only images
// without a check standing go out: saving a form again, or reusing a photo, costs no new check;
// one whose check failed, or whose verdict never came, is asked again.
import { and, gte, inArray, isNull, or, type SQL } from 'drizzle-orm'
import type { Ctx } from '../context'
import { mediaChecks } from '../db/schema'
import type { ContentScene } from '../platform/platform'

/**
 * What the platform can download: a cloud file, a web address, a file the local cloud serves.
 * An avatar sent as a data: URL is not among them; WeChat's avatar picker has checked it already.
 */
const CHECKABLE = /^(cloud:\/\/|https:\/\/|\/files\/)/

/** WeChat pushes a verdict within 30 minutes; one still missing after this is taken as lost. */
export const VERDICT_LOST_AFTER_MS = 60 * 60_000

/**
 * A check row that stands: a verdict, or a request recent enough that its verdict may still
 * come. A failed check ('error') or one waiting longer than VERDICT_LOST_AFTER_MS does not.
 */
export function standingCheck(now: Date): SQL {
  const since = new Date(now.getTime() - VERDICT_LOST_AFTER_MS)
  return or(
    inArray(mediaChecks.suggest, ['pass', 'review', 'risky']),
    and(isNull(mediaChecks.suggest), gte(mediaChecks.createdAt, since)),
  )!
}

/**
 * Asks for a check of each new image in `images` and records its trace id. Runs before the
 * caller writes the images, so a platform failure fails the save instead of leaving an
 * image that is never checked.
 */
export async function checkNewImages(
  ctx: Ctx,
  input: { images: ReadonlyArray<string | null | undefined>; openid: string; scene: ContentScene },
): Promise<number> {
  const images = [...new Set(input.images.filter((image): image is string => !!image && CHECKABLE.test(image)))]
  if (images.length === 0) return 0
  const known = await ctx.db
    .selectDistinct({ image: mediaChecks.image })
    .from(mediaChecks)
    .where(and(inArray(mediaChecks.image, images), standingCheck(ctx.now())))
  const seen = new Set(known.map((row) => row.image))
  let sent = 0
  for (const image of images) {
    if (seen.has(image)) continue
    await sendCheck(ctx, { image, openid: input.openid, scene: input.scene })
    sent += 1
  }
  return sent
}

/** One request to the platform, and its row waiting for the verdict. */
export async function sendCheck(ctx: Ctx, request: { image: string; openid: string; scene: ContentScene }): Promise<void> {
  const { traceId } = await ctx.platform.media.checkImage(request)
  await ctx.db.insert(mediaChecks).values({ ...request, traceId, createdAt: ctx.now() }).onConflictDoNothing()
}
