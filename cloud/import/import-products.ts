// merchant.importProducts: products from a spreadsheet the merchant uploaded (the console's
// template). A dry run lists every row's problems and writes nothing; the real run writes all
// of it in one transaction, or nothing when any row has a problem. Products are matched by
// title within the store and their SKUs by spec values, so importing the same file twice
// updates rather than duplicates. New products are drafts: they have no photos yet.
import { and, asc, eq, inArray, max, sql } from 'drizzle-orm'
import { z } from 'zod'
import { categoryKey, MAX_CATEGORIES } from '../../src/domain/categories'
import { AppError } from '../../src/domain/errors'
import { MAX_IMPORT_BYTES, readImportRows, type ImportProduct, type RowError } from '../../src/domain/product-import'
import { specsKey } from '../../src/domain/sku-matrix'
import { idSchema } from '../../src/domain/validation'
import { newId } from '../db/ids'
import type { Tx } from '../db/client'
import { categories, productCategories, products, skus, stores } from '../db/schema'
import { WRITES } from '../limits/rate-limit'
import { checkMerchantText } from '../merchant/merchant-text'
import { requireOwnStore } from '../merchant/own-store'
import { categoryName } from '../merchant/save-categories'
import { saveProductInput } from '../merchant/save-product'
import { defineOperation, requireOpenid } from '../operation'
import type { Ctx } from '../context'
import { readSheet } from './read-sheet'

/**
 * What an upload of a spreadsheet looks like: the local upload route's path or this app's cloud
 * storage. The platform adapter checks it again; nothing else is ever fetched.
 */
const SHEET_REF = /^(\/files\/uploads\/\d{4}-\d{2}\/[A-Za-z0-9]{16}\.(xlsx|csv)|cloud:\/\/[A-Za-z0-9_.-]{1,128}\/uploads\/[A-Za-z0-9_-]{1,64}\.(xlsx|csv))$/

export interface ImportAnswer {
  created: number
  updated: number
  errors: RowError[]
  dryRun: boolean
}

export const importProducts = defineOperation({
  input: z
    .object({
      storeId: idSchema,
      fileUrl: z.string().min(1, '请先上传文件').max(512, '文件地址无效').regex(SHEET_REF, '请上传 .xlsx 或 .csv 文件'),
      dryRun: z.boolean().optional(),
    })
    .strict(),
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<ImportAnswer> {
    const openid = requireOpenid(ctx)
    await requireOwnStore(ctx, input.storeId)
    const dryRun = input.dryRun ?? false
    const bytes = await ctx.platform.files.readUpload(input.fileUrl, MAX_IMPORT_BYTES)
    const read = readImportRows(await readSheet(bytes))
    const errors = [...read.errors]
    const valid: ImportProduct[] = []
    for (const product of read.products) {
      const checked = await checkProduct(ctx, openid, input.storeId, product)
      if ('problems' in checked) errors.push(...checked.problems)
      else valid.push(checked.product)
    }
    errors.push(...(await tooManyCategories(ctx, input.storeId, valid)))
    errors.sort((a, b) => a.row - b.row)
    const existing = await matchExisting(ctx, input.storeId, valid)
    const updated = valid.filter((p) => existing.has(p.title)).length
    if (errors.length > 0 || dryRun) {
      return { created: errors.length > 0 ? 0 : valid.length - updated, updated: errors.length > 0 ? 0 : updated, errors, dryRun }
    }
    if (valid.length === 0) throw new AppError('VALIDATION_FAILED', '文件里没有商品')
    await ctx.db.transaction(async (tx) => {
      const linked: Array<{ productId: string; category: string }> = []
      for (const product of valid) {
        const fields = { title: product.title, description: product.description, hashtags: product.hashtags }
        let productId = existing.get(product.title)
        if (productId) {
          await tx
            .update(products)
            .set({ ...fields, version: sql`${products.version} + 1`, updatedAt: sql`now()` })
            .where(and(eq(products.id, productId), eq(products.storeId, input.storeId)))
        } else {
          productId = newId()
          await tx.insert(products).values({ id: productId, storeId: input.storeId, ...fields, status: 'draft' })
        }
        const current = await tx.select().from(skus).where(eq(skus.productId, productId))
        const bySpecs = new Map(current.map((sku) => [specsKey(sku.specs), sku]))
        let position = current.length
        for (const sku of product.skus) {
          const match = bySpecs.get(specsKey(sku.specs))
          if (match) await tx.update(skus).set({ price: sku.price, stock: sku.stock }).where(eq(skus.id, match.id))
          else await tx.insert(skus).values({ id: newId(), productId, specs: sku.specs, price: sku.price, stock: sku.stock, position: position++ })
        }
        if (product.category) linked.push({ productId, category: product.category })
      }
      await linkCategories(tx, input.storeId, linked)
    })
    return { created: valid.length - updated, updated, errors: [], dryRun }
  },
})

/**
 * The same rules as merchant.saveProduct (lengths, hashtags, spec sets) and content security:
 * the product as saveProduct would store it (trimmed, hashtags normalised), or its rows' problems.
 */
async function checkProduct(ctx: Ctx, openid: string, storeId: string, product: ImportProduct): Promise<{ product: ImportProduct } | { problems: RowError[] }> {
  const parsed = saveProductInput.safeParse({
    storeId,
    title: product.title,
    description: product.description,
    hashtags: product.hashtags,
    skus: product.skus.map(({ specs, price, stock }) => ({ specs, price, stock })),
  })
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => {
      const [field, index] = issue.path
      const row = field === 'skus' && typeof index === 'number' ? product.skus[index].row : product.row
      return { row, message: `「${product.title.slice(0, 20)}」${issue.message}` }
    }) }
  }
  let category = ''
  if (product.category) {
    const name = categoryName.safeParse(product.category)
    if (!name.success) return { problems: [{ row: product.row, message: `「${product.title.slice(0, 20)}」${name.error.issues[0].message}` }] }
    category = name.data
  }
  const clean = { ...product, title: parsed.data.title, description: parsed.data.description ?? '', hashtags: parsed.data.hashtags ?? [], category }
  try {
    await checkMerchantText(ctx, {
      openid,
      parts: [clean.title, clean.description, ...clean.hashtags, ...(category ? [category] : []), ...product.skus.flatMap((s) => [...Object.keys(s.specs), ...Object.values(s.specs)])],
      purpose: 'product',
      scene: 3,
    })
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONTENT_RISKY') return { problems: [{ row: product.row, message: `「${product.title.slice(0, 20)}」${error.message}` }] }
    throw error
  }
  return { product: clean }
}

/** The store's products that carry one of these titles: title → id (the oldest when several do). */
async function matchExisting(ctx: Ctx, storeId: string, list: ImportProduct[]): Promise<Map<string, string>> {
  const titles = list.map((p) => p.title)
  if (titles.length === 0) return new Map()
  const rows = await ctx.db
    .select({ id: products.id, title: products.title })
    .from(products)
    .where(and(eq(products.storeId, storeId), inArray(products.title, titles)))
    .orderBy(products.createdAt)
  const map = new Map<string, string>()
  for (const row of rows) if (!map.has(row.title)) map.set(row.title, row.id)
  return map
}

/** The store's categories by categoryKey: key → id. */
async function categoriesByKey(db: Pick<Tx, 'select'>, storeId: string): Promise<Map<string, string>> {
  const rows = await db.select({ id: categories.id, name: categories.name }).from(categories).where(eq(categories.storeId, storeId)).orderBy(asc(categories.position))
  const map = new Map<string, string>()
  for (const row of rows) if (!map.has(categoryKey(row.name))) map.set(categoryKey(row.name), row.id)
  return map
}

/** saveCategories' limit on a store's categories: the rows whose new category would pass it. */
async function tooManyCategories(ctx: Ctx, storeId: string, list: ImportProduct[]): Promise<RowError[]> {
  const known = await categoriesByKey(ctx.db, storeId)
  const added = new Set<string>()
  const errors: RowError[] = []
  for (const product of list) {
    const key = product.category ? categoryKey(product.category) : ''
    if (!key || known.has(key) || added.has(key)) continue
    if (known.size + added.size >= MAX_CATEGORIES) {
      errors.push({ row: product.row, message: `分类「${product.category}」无法新建：最多 ${MAX_CATEGORIES} 个分类` })
      continue
    }
    added.add(key)
  }
  return errors
}

/**
 * Puts each product into the store's category of that name (compared as saveCategories
 * compares names), creating missing ones at the end of the list; a product already in its
 * category keeps its link and place.
 */
async function linkCategories(tx: Tx, storeId: string, linked: Array<{ productId: string; category: string }>): Promise<void> {
  if (linked.length === 0) return
  // Serialised with saveCategories, which replaces the whole list under the same lock.
  await tx.select({ id: stores.id }).from(stores).where(eq(stores.id, storeId)).for('update')
  const byKey = await categoriesByKey(tx, storeId)
  const [{ last }] = await tx.select({ last: max(categories.position) }).from(categories).where(eq(categories.storeId, storeId))
  let position = (last ?? -1) + 1
  const nextLink = new Map<string, number>()
  for (const { productId, category } of linked) {
    const key = categoryKey(category)
    let categoryId = byKey.get(key)
    if (!categoryId) {
      categoryId = newId()
      await tx.insert(categories).values({ id: categoryId, storeId, name: category, position: position++ })
      byKey.set(key, categoryId)
    }
    let at = nextLink.get(categoryId)
    if (at === undefined) {
      const [{ top }] = await tx.select({ top: max(productCategories.position) }).from(productCategories).where(eq(productCategories.categoryId, categoryId))
      at = (top ?? -1) + 1
    }
    const inserted = await tx.insert(productCategories).values({ categoryId, productId, position: at }).onConflictDoNothing().returning({ productId: productCategories.productId })
    nextLink.set(categoryId, inserted.length > 0 ? at + 1 : at)
  }
}
