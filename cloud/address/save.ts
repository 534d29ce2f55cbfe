// address.save { id?, userName, telNumber, provinceName, cityName, countyName, detailInfo,
// postalCode?, isDefault? } → Address. Without id it adds an address (the first one becomes the
// default), or answers the caller's same address when it is already in the book (checkout saves
// every address it ships to, so using one again must not add it twice); with id it changes the
// caller's own address, NOT_FOUND for anyone else's.
import { and, count, eq } from 'drizzle-orm'
import { z } from 'zod'
import { ADDRESS_LIMITS, validateAddress } from '../../src/domain/address'
import { AppError } from '../../src/domain/errors'
import { idSchema } from '../../src/domain/validation'
import { newId } from '../db/ids'
import { addresses } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { addressFieldsSchema, findOwnAddress, findSameAddress, lockAddressBook, makeDefault, refineAddress, toAddress } from './address-book'
import { WRITES } from '../limits/rate-limit'

const input = z
  .object({ id: idSchema.optional(), isDefault: z.boolean().optional(), ...addressFieldsSchema })
  .strict()
  .superRefine(refineAddress)
  .transform((value) => {
    const check = validateAddress(value)
    if (!check.ok) throw new Error('unreachable: refined above')
    return { id: value.id, isDefault: value.isDefault, fields: check.value }
  })

export const save = defineOperation({
  input,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { id, isDefault, fields }) {
    const openid = requireOpenid(ctx)
    const now = ctx.now()
    const row = await ctx.db.transaction(async (tx) => {
      await lockAddressBook(tx, openid)
      const values = { ...fields, postalCode: fields.postalCode ?? null, updatedAt: now }
      let saved
      if (id) {
        await findOwnAddress(tx, openid, id)
        ;[saved] = await tx
          .update(addresses)
          .set(isDefault === false ? { ...values, isDefault: false } : values)
          .where(and(eq(addresses.id, id), eq(addresses.openid, openid)))
          .returning()
      } else {
        const same = await findSameAddress(tx, openid, fields)
        if (same) {
          // A postal code given now fills in one the saved copy lacked.
          const kept = fields.postalCode && fields.postalCode !== same.postalCode
            ? (await tx.update(addresses).set({ postalCode: fields.postalCode, updatedAt: now }).where(eq(addresses.id, same.id)).returning())[0]
            : same
          return isDefault ? makeDefault(tx, openid, kept.id, now) : kept
        }
        const [{ total }] = await tx.select({ total: count() }).from(addresses).where(eq(addresses.openid, openid))
        if (total >= ADDRESS_LIMITS.perUser) {
          throw new AppError('VALIDATION_FAILED', `最多保存 ${ADDRESS_LIMITS.perUser} 个收货地址，请先删除不用的地址`)
        }
        ;[saved] = await tx
          .insert(addresses)
          .values({ id: newId(), openid, ...values, createdAt: now })
          .returning()
        // The first address is the default one unless the shopper said otherwise.
        if (total === 0 && isDefault !== false) return makeDefault(tx, openid, saved.id, now)
      }
      return isDefault ? makeDefault(tx, openid, saved.id, now) : saved
    })
    return toAddress(row)
  },
})
