import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm'
import { z } from 'zod'
import { duplicateName, MAX_CATEGORIES, MAX_CATEGORY_NAME, MAX_PRODUCTS_PER_CATEGORY, type Category } from '../../src/domain/categories'
import { AppError } from '../../src/domain/errors'
import { text } from '../../src/domain/text-schema'
import { idSchema } from '../../src/domain/validation'
import type { Tx } from '../db/client'
import { newId } from '../db/ids'
import { categories, productCategories, products, stores } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { defineOperation, requireOpenid } from '../operation'
import { checkMerchantText } from './merchant-text'
import { requireOwnStore } from './own-store'

/** A category's name as saveCategories stores it (the product import checks its 分类 column with it too). */
export const categoryName = text({ max: MAX_CATEGORY_NAME, min: 1, trim: true, name: true, label: '分类名称' })

const categoryInput = z
  .object({
    id: idSchema.optional(),
    name: categoryName,
    productIds: z.array(idSchema).max(MAX_PRODUCTS_PER_CATEGORY),
  })
  .strict()

export const saveCategoriesInput = z
  .object({ storeId: idSchema, categories: z.array(categoryInput).max(MAX_CATEGORIES, `最多 ${MAX_CATEGORIES} 个分类`) })
  .strict()

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { issues: [{ path, message }] })
}

/** The store's categories in order, each with its products in order. */
export async function readCategories(db: Pick<Tx, 'select'>, storeId: string): Promise<Category[]> {
  const rows = await db.select().from(categories).where(eq(categories.storeId, storeId)).orderBy(asc(categories.position))
  if (rows.length === 0) return []
  const links = await db
    .select()
    .from(productCategories)
    .where(inArray(productCategories.categoryId, rows.map((row) => row.id)))
    .orderBy(asc(productCategories.position))
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    productIds: links.filter((link) => link.categoryId === row.id).map((link) => link.productId),
  }))
}

/**
 * Replaces the store's categories with the list given, in its order: listed ids are renamed,
 * moved and get their products replaced, entries without an id are created, and categories
 * absent from the list are deleted (their products stay, only the grouping goes).
 */
export const saveCategories = defineOperation({
  input: saveCategoriesInput,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<{ items: Category[] }> {
    const openid = requireOpenid(ctx)
    await requireOwnStore(ctx, input.storeId)
    const dup = duplicateName(input.categories.map((c) => c.name))
    if (dup !== null) throw invalid('categories', `分类名称“${dup}”重复了`)
    const ids = input.categories.flatMap((c) => (c.id ? [c.id] : []))
    if (new Set(ids).size !== ids.length) throw invalid('categories', '同一个分类出现了两次')
    input.categories.forEach((c, i) => {
      if (new Set(c.productIds).size !== c.productIds.length) throw invalid(`categories.${i}.productIds`, '同一个商品勾选了两次')
    })
    await checkMerchantText(ctx, { openid, parts: input.categories.map((c) => c.name), purpose: 'category', scene: 3 })

    return ctx.db.transaction(async (tx) => {
      // Two saves of one store's list apply one after the other: each is the whole list.
      await tx.select({ id: stores.id }).from(stores).where(eq(stores.id, input.storeId)).for('update')
      if (ids.length > 0) {
        const own = await tx
          .select({ id: categories.id })
          .from(categories)
          .where(and(eq(categories.storeId, input.storeId), inArray(categories.id, ids)))
        if (own.length !== ids.length) throw new AppError('NOT_FOUND', '分类不存在，可能已被删除，请刷新后再保存')
      }
      const productIds = [...new Set(input.categories.flatMap((c) => c.productIds))]
      if (productIds.length > 0) {
        const own = await tx
          .select({ id: products.id })
          .from(products)
          .where(and(eq(products.storeId, input.storeId), inArray(products.id, productIds)))
        if (own.length !== productIds.length) throw new AppError('NOT_FOUND', '商品不存在')
      }

      await tx
        .delete(categories)
        .where(and(eq(categories.storeId, input.storeId), ids.length > 0 ? notInArray(categories.id, ids) : undefined))
      const saved = input.categories.map((c) => ({ ...c, id: c.id ?? newId() }))
      for (const [position, category] of saved.entries()) {
        if (ids.includes(category.id)) {
          await tx
            .update(categories)
            .set({ name: category.name, position, updatedAt: sql`now()` })
            .where(eq(categories.id, category.id))
        } else {
          await tx.insert(categories).values({ id: category.id, storeId: input.storeId, name: category.name, position })
        }
      }
      if (saved.length > 0) {
        await tx.delete(productCategories).where(inArray(productCategories.categoryId, saved.map((c) => c.id)))
        const links = saved.flatMap((c) => c.productIds.map((productId, position) => ({ categoryId: c.id, productId, position })))
        // In slices: one statement carries at most 65535 parameters.
        for (let i = 0; i < links.length; i += 5000) await tx.insert(productCategories).values(links.slice(i, i + 5000))
      }
      return { items: await readCategories(tx, input.storeId) }
    })
  },
})
