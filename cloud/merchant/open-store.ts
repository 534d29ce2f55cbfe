import { count, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import { MAX_PICKUP_ADDRESS_LENGTH, MAX_STORE_INTRO_LENGTH, MAX_STORE_NAME_LENGTH, MAX_STORES_PER_OWNER, STORE_CATEGORIES, type OwnedStore } from '../../src/domain/store-profile'
import { newId } from '../db/ids'
import { stores } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { hashtagListSchema, imageRefSchema, textField } from './input-fields'
import { checkMerchantText } from './merchant-text'
import { checkNewImages } from '../media/check-images'
import { riskyImages } from '../media/risky-images'
import { myStores } from './my-stores'
import { toOwnedStore } from './store-view'
import { WRITES } from '../limits/rate-limit'

export const storeFields = {
  name: textField('店铺名称', MAX_STORE_NAME_LENGTH, { required: true, name: true }),
  intro: textField('店铺简介', MAX_STORE_INTRO_LENGTH, { multiline: true }),
  logo: z.union([imageRefSchema, z.literal('')]),
  hashtags: hashtagListSchema,
  category: z.enum(STORE_CATEGORIES, { errorMap: () => ({ message: '请选择经营类目' }) }),
  pickupAddress: textField('自提地址', MAX_PICKUP_ADDRESS_LENGTH),
}

/** Anyone may open a store; the caller becomes its owner. One OPENID may own several. */
export const openStore = defineOperation({
  input: z
    .object({
      name: storeFields.name,
      intro: storeFields.intro.optional(),
      logo: storeFields.logo.optional(),
      hashtags: storeFields.hashtags.optional(),
      category: storeFields.category.optional(),
      pickupAddress: storeFields.pickupAddress.optional(),
    })
    .strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<OwnedStore> {
    const openid = requireOpenid(ctx)
    await checkMerchantText(ctx, {
      openid,
      parts: [input.name, input.intro, ...(input.hashtags ?? []), input.pickupAddress],
      purpose: 'store',
    })
    await checkNewImages(ctx, { images: [input.logo], openid, scene: 1 })
    return ctx.db.transaction(async (tx) => {
      // Two taps on "开店" at once must not both slip under the cap.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`open-store:${openid}`}))`)
      const [owned] = await tx.select({ n: count() }).from(stores).where(eq(stores.ownerOpenid, openid))
      if (owned.n >= MAX_STORES_PER_OWNER) {
        throw new AppError('FORBIDDEN', `每个微信号最多开 ${MAX_STORES_PER_OWNER} 家店`)
      }
      const [row] = await tx
        .insert(stores)
        .values({
          id: newId(),
          ownerOpenid: openid,
          name: input.name,
          intro: input.intro ?? '',
          logo: input.logo ?? '',
          hashtags: input.hashtags ?? [],
          category: input.category ?? '',
          pickupAddress: input.pickupAddress ?? '',
        })
        .returning()
      return toOwnedStore(row)
    })
  },
})

/** The caller's stores, oldest first, then those they are staff of, each with the caller's role, for the console's switcher. */
export const listMyStores = defineOperation({
  input: z.object({}).strict(),
  access: 'user',
  async run(ctx): Promise<{ items: OwnedStore[] }> {
    const openid = requireOpenid(ctx)
    const rows = await myStores(ctx.db, openid)
    const risky = await riskyImages(ctx.db, rows.map(({ store }) => store.logo))
    return {
      items: rows.map(({ store, role }) => ({ ...toOwnedStore(store), role, ...(risky.has(store.logo) ? { logoFlagged: true } : {}) })),
    }
  },
})
