// entry.recordVisit: one row per arrival, idempotent per (caller, launchId) even when the
// same launch is reported twice at once. The cloud reads the launch with the app's own codec,
// then fills in what only it knows: a code's store and campaign, a poster's sharer, and the
// store a product belongs to.
//
// Identity: the caller's OPENID when there is one. Single-page mode (Moments, scene 1154) has
// no login, so an anonymous caller may pass `anonymousId`, a random per-device id: its visits
// are kept under "anon:<id>" (never a valid OPENID), count as visitors, and can never be
// claimed by order.create, which copies only the caller's own visits. Without either the
// call is UNAUTHENTICATED and the app simply goes on. Since anyone can make up device ids, new
// anonymous visits are limited per client address and per store (RATE_LIMITS.anonymousVisits):
// beyond that the call is RATE_LIMITED and nothing is recorded, so a flood does not grow the
// store's visitors. RATE_LIMITED rather than a pretend success: the app ignores a failed
// recordVisit anyway, and an answer must not carry a visitId that was never stored.
import { and, eq, isNull } from 'drizzle-orm'
import { z } from 'zod'
import type { Entry } from '../../src/domain/entry'
import { parseLaunch } from '../../src/domain/entry-codec'
import type { RecordedVisit } from '../../src/domain/entry-wire'
import { AppError } from '../../src/domain/errors'
import type { Db } from '../db/client'
import { newId } from '../db/ids'
import { entryCodes, liveRooms, posts, products, stores, visits } from '../db/schema'
import { defineOperation } from '../operation'
import { hitAnonymousVisitLimits } from '../limits/anonymous-visits'
import { WRITES } from '../limits/rate-limit'
import { withHandoff } from '../handoff/handoff-entry'
import { text } from '../../src/domain/text-schema'
import { idSchema } from '../../src/domain/validation'

const queryOf = (keys: number, valueMax: number) =>
  z
    .record(text({ max: 64 }), text({ max: valueMax }))
    .refine((query) => Object.keys(query).length <= keys, { message: `参数最多 ${keys} 个` })

export const recordVisitInput = z
  .object({
    launchId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'launchId 须为 8–64 位字母、数字、- 或 _'),
    scene: z.number().int().min(1000).max(9999).optional(),
    path: text({ max: 256 }).optional(),
    query: queryOf(30, 1024).optional(),
    apiCategory: text({ max: 32 }).optional(),
    referrerInfo: z.object({ appId: text({ max: 64 }).optional(), extraData: queryOf(30, 256).optional() }).strict().optional(),
    anonymousId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'anonymousId 须为 16–64 位字母、数字、- 或 _').optional(),
  })
  .strict()

export const recordVisit = defineOperation({
  input: recordVisitInput,
  access: 'public',
  rateLimit: WRITES, // counted for known identities; anonymous ones by hitAnonymousVisitLimits
  async run(ctx, input): Promise<RecordedVisit> {
    const visitor = ctx.identity ? ctx.identity.openid : input.anonymousId ? `anon:${input.anonymousId}` : null
    if (!visitor) throw new AppError('UNAUTHENTICATED', '未登录时请提供设备匿名标识 anonymousId')
    const sharer = ctx.identity?.openid ?? null

    // A launch reported again is answered from its first report, at no cost.
    const earlier = await firstVisit(ctx.db, visitor, input.launchId)
    if (earlier) return { visitId: earlier.id, entry: earlier.entry, sharer }

    // Warnings about a malformed launch are the app's to log; here it is simply direct.
    const parsed = parseLaunch(input, () => undefined)
    const entry = await withHandoff(ctx.db, await resolve(ctx.db, parsed, visitor, input.query?.postId), visitor, input.query, ctx.now())
    if (!ctx.identity) await hitAnonymousVisitLimits(ctx.db, { clientIp: ctx.clientIp, storeId: entry.storeId }, ctx.now())
    const [inserted] = await ctx.db
      .insert(visits)
      .values({
        id: newId(),
        openid: visitor,
        launchId: input.launchId,
        source: entry.source,
        scene: entry.scene ?? null,
        storeId: entry.storeId ?? null,
        productId: entry.productId ?? null,
        roomId: entry.roomId ?? null,
        campaign: entry.campaign ?? null,
        sharer: entry.sharer ?? null,
        path: input.path ?? null,
        query: input.query ?? {},
        entry,
      })
      .onConflictDoNothing({ target: [visits.openid, visits.launchId] })
      .returning({ id: visits.id, entry: visits.entry })
    if (inserted) return { visitId: inserted.id, entry: inserted.entry, sharer }

    // Its twin racing it was stored first: the first one stands.
    const first = await firstVisit(ctx.db, visitor, input.launchId)
    if (!first) throw new AppError('INTERNAL', '记录访问失败，请稍后重试')
    return { visitId: first.id, entry: first.entry, sharer }
  },
})

async function firstVisit(db: Db, visitor: string, launchId: string) {
  const [first] = await db
    .select({ id: visits.id, entry: visits.entry })
    .from(visits)
    .where(and(eq(visits.openid, visitor), eq(visits.launchId, launchId)))
    .limit(1)
  return first
}

/**
 * Completes an entry with what the database knows. A code that resolves is the merchant's
 * statement and settles everything it can: store, product, room and campaign come from it
 * alone, and a product, room or post the visitor added to the query is dropped (a code only
 * ever points at its own store's things, DESIGN.md 3b). Without a code the store is the one
 * the first of product, live room or post belongs to, never just what the query says, and any
 * other target of a different store is dropped, so a forged query cannot credit one store's
 * product, room or post to another store.
 */
async function resolve(db: Db, parsed: Entry, visitor: string, postId: string | undefined): Promise<Entry> {
  const entry: Entry = { ...parsed }
  if (entry.code) {
    const [code] = await db.select().from(entryCodes).where(eq(entryCodes.id, entry.code)).limit(1)
    if (code) {
      entry.storeId = code.storeId
      entry.productId = code.productId ?? undefined
      entry.roomId = code.roomId ?? undefined
      entry.campaign = code.campaign ?? undefined
      if (code.channel === 'poster') entry.sharer = code.createdBy
      return finish(entry, visitor)
    }
    delete entry.code
  }
  // The first target that exists names the store; a later one of another store is dropped.
  let owner: string | undefined
  const belongs = (storeId: string | undefined) => storeId !== undefined && (owner ??= storeId) === storeId
  if (entry.productId) {
    const [product] = await db.select({ storeId: products.storeId }).from(products).where(eq(products.id, entry.productId)).limit(1)
    if (!belongs(product?.storeId)) delete entry.productId
  }
  if (entry.roomId) {
    const [room] = await db.select({ storeId: liveRooms.storeId }).from(liveRooms).where(eq(liveRooms.id, entry.roomId)).limit(1)
    if (!belongs(room?.storeId)) delete entry.roomId
  }
  // A post is no field of its own: it only names the store when nothing else did.
  if (postId && !owner && idSchema.safeParse(postId).success) {
    const [post] = await db
      .select({ storeId: posts.storeId })
      .from(posts)
      .where(and(eq(posts.id, postId), isNull(posts.deletedAt)))
      .limit(1)
    belongs(post?.storeId)
  }
  if (owner) {
    entry.storeId = owner
  } else if (entry.storeId) {
    // A store named only by the query must exist, or the visit would count for nobody.
    const [store] = await db.select({ id: stores.id }).from(stores).where(eq(stores.id, entry.storeId)).limit(1)
    if (!store) delete entry.storeId
  }
  return finish(entry, visitor)
}

function finish(entry: Entry, visitor: string): Entry {
  // Opening one's own share is not a referral.
  if (entry.sharer === visitor) delete entry.sharer
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)) as Entry
}
