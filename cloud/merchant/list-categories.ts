import { z } from 'zod'
import type { Category } from '../../src/domain/categories'
import { idSchema } from '../../src/domain/validation'
import { defineOperation } from '../operation'
import { requireOwnStore } from './own-store'
import { readCategories } from './save-categories'

/** The store's categories as the owner edits them: every product id, whatever its status. */
export const listCategories = defineOperation({
  input: z.object({ storeId: idSchema }).strict(),
  access: 'user',
  async run(ctx, { storeId }): Promise<{ items: Category[] }> {
    await requireOwnStore(ctx, storeId)
    return { items: await readCategories(ctx.db, storeId) }
  },
})
