// order.quote: what the order would cost now — the server's prices, delivery fee and total.
import type { Quote } from '../../src/domain/order-types'
import { defineOperation } from '../operation'
import { quoteInput } from './order-input'
import { priceLines } from './price-lines'

export const quote = defineOperation({
  input: quoteInput,
  access: 'user',
  async run(ctx, input): Promise<Quote> {
    const priced = await priceLines(ctx.db, input)
    return {
      storeId: priced.storeId,
      storeName: priced.storeName,
      items: priced.lines,
      itemsTotal: priced.itemsTotal,
      deliveryFee: priced.deliveryFee,
      total: priced.total,
      delivery: input.delivery,
      priceChanged: input.expectedTotal !== undefined && input.expectedTotal !== priced.total,
    }
  },
})
