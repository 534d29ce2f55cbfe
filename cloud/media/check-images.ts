// Sends the images a user just supplied to the platform's asynchronous check. Only images
// never checked before go out: saving a form again, or reusing a photo, costs no new check.
import { inArray } from 'drizzle-orm'
import type { Ctx } from '../context'
import { mediaChecks } from '../db/schema'
import type { ContentScene } from '../platform/platform'

/**
 * What the platform can download: a cloud file, a web address, a file the local cloud serves.
 * An avatar sent as a data: URL is not among them; WeChat's avatar picker has checked it already.
 */
const CHECKABLE = /^(cloud:\/\/|https:\/\/|\/files\/)/

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
  const known = await ctx.db.selectDistinct({ image: mediaChecks.image }).from(mediaChecks).where(inArray(mediaChecks.image, images))
  const seen = new Set(known.map((row) => row.image))
  let sent = 0
  for (const image of images) {
    if (seen.has(image)) continue
    const { traceId } = await ctx.platform.media.checkImage({ image, openid: input.openid, scene: input.scene })
    await ctx.db.insert(mediaChecks).values({ image, traceId, openid: input.openid, scene: input.scene }).onConflictDoNothing()
    sent += 1
  }
  return sent
}
