// address.list {} → { items: Address[] }: the default first, then the newest. A book holds at
// most 20 addresses, so there is no paging.
import { z } from 'zod'
import { defineOperation, requireOpenid } from '../operation'
import { orderedAddresses, toAddress } from './address-book'

export const list = defineOperation({
  input: z.object({}).strict(),
  access: 'user',
  async run(ctx) {
    const rows = await orderedAddresses(ctx.db, requireOpenid(ctx))
    return { items: rows.map(toAddress) }
  },
})
