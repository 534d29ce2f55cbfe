import { z } from 'zod'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { defineOperation } from '../operation'
import { listProducts } from './list-products'

/** A topic page: on-sale products under one hashtag, in one store or across all, newest first. */
export const listTopic = defineOperation({
  input: z
    .object({ hashtag: z.string().max(64), storeId: idSchema.optional(), cursor: cursorSchema, limit: limitSchema })
    .strict(),
  access: 'public',
  run: (ctx, input) => listProducts.run(ctx, input),
})
