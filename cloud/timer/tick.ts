// timer.tick: what the minute trigger (named `tick`, see scripts/bundle-functions.ts) runs:
// expire unpaid orders, then hand queued subscribe messages to the platform.
import { z } from 'zod'
import { deliverOutbox } from '../messages/outbox'
import { defineOperation } from '../operation'
import { expireDueOrders } from './expire-orders'

export const tick = defineOperation({
  input: z.object({}).strict(),
  access: 'platform',
  async run(ctx) {
    const { expired } = await expireDueOrders(ctx, 200)
    const messages = await deliverOutbox(ctx)
    return { expired: expired.length, messages }
  },
})
