// address.setDefault { id } → Address: the one checkout starts with.
import { z } from 'zod'
import { idSchema } from '../../src/domain/validation'
import { defineOperation, requireOpenid } from '../operation'
import { findOwnAddress, lockAddressBook, makeDefault, toAddress } from './address-book'
import { WRITES } from '../limits/rate-limit'

export const setDefault = defineOperation({
  input: z.object({ id: idSchema }).strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { id }) {
    const openid = requireOpenid(ctx)
    const row = await ctx.db.transaction(async (tx) => {
      await lockAddressBook(tx, openid)
      await findOwnAddress(tx, openid, id)
      return makeDefault(tx, openid, id, ctx.now())
    })
    return toAddress(row)
  },
})
