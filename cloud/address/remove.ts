// address.remove { id } → { deleted: true }. Removing the default address makes the most
// recently added remaining one the default, so checkout always has one to start from.
import { and, desc, eq } from 'drizzle-orm'
import { z } from 'zod'
import { idSchema } from '../../src/domain/validation'
import { addresses } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { findOwnAddress, lockAddressBook, makeDefault } from './address-book'
import { WRITES } from '../limits/rate-limit'

export const remove = defineOperation({
  input: z.object({ id: idSchema }).strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { id }) {
    const openid = requireOpenid(ctx)
    await ctx.db.transaction(async (tx) => {
      await lockAddressBook(tx, openid)
      const removed = await findOwnAddress(tx, openid, id)
      await tx.delete(addresses).where(and(eq(addresses.id, id), eq(addresses.openid, openid)))
      if (!removed.isDefault) return
      const [next] = await tx
        .select({ id: addresses.id })
        .from(addresses)
        .where(eq(addresses.openid, openid))
        .orderBy(desc(addresses.seq))
        .limit(1)
      if (next) await makeDefault(tx, openid, next.id, ctx.now())
    })
    return { deleted: true as const }
  },
})
