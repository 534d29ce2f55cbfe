// Which images a verdict has ruled risky: every view that shows user images asks here, with
// one query for a whole page.
import { and, eq, inArray } from 'drizzle-orm'
import type { Db, Tx } from '../db/client'
import { mediaChecks } from '../db/schema'

export async function riskyImages(db: Db | Tx, images: ReadonlyArray<string | null | undefined>): Promise<Set<string>> {
  const wanted = [...new Set(images.filter((image): image is string => !!image))]
  if (wanted.length === 0) return new Set()
  const rows = await db
    .selectDistinct({ image: mediaChecks.image })
    .from(mediaChecks)
    .where(and(inArray(mediaChecks.image, wanted), eq(mediaChecks.suggest, 'risky')))
  return new Set(rows.map((row) => row.image))
}

/** The images a viewer may see, and (for the owner only) the ones hidden from everyone else. */
export function splitImages(
  images: readonly string[],
  risky: ReadonlySet<string>,
  owner: boolean,
): { images: string[]; flaggedImages?: string[] } {
  const flagged = images.filter((image) => risky.has(image))
  if (flagged.length === 0) return { images: [...images] }
  if (owner) return { images: [...images], flaggedImages: flagged }
  return { images: images.filter((image) => !risky.has(image)) }
}

/** The image a shopper sees for a thing with several (a cart line, a quote line): the first not ruled risky, or ''. */
export function firstVisibleImage(images: readonly string[], risky: ReadonlySet<string>): string {
  return images.find((image) => !risky.has(image)) ?? ''
}
