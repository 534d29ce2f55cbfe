import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import { z } from 'zod'
import { PRODUCT_STATUSES, type Product, type ProductStatus } from '../../src/domain/catalog'
import { AppError } from '../../src/domain/errors'
import { MAX_DESCRIPTION_LENGTH, MAX_IMAGES, MAX_PRICE_FEN, MAX_STOCK, MAX_TITLE_LENGTH } from '../../src/domain/product-form'
import { MAX_SKUS, MAX_SPEC_NAME_LENGTH, MAX_SPEC_VALUE_LENGTH, skuSetProblem, specsKey } from '../../src/domain/sku-matrix'
import { idSchema } from '../../src/domain/validation'
import { toProducts } from '../catalog/product-view'
import { newId } from '../db/ids'
import { products, skus } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { hashtagListSchema, imageListSchema, textField } from './input-fields'
import { checkMerchantText } from './merchant-text'
import { checkNewImages } from '../media/check-images'
import { requireOwnStore } from './own-store'
import { WRITES } from '../limits/rate-limit'

const specsSchema = z.record(
  textField('规格名', MAX_SPEC_NAME_LENGTH, { required: true }),
  textField('规格值', MAX_SPEC_VALUE_LENGTH, { required: true }),
)

const skuSchema = z
  .object({
    /** An existing SKU of this product keeps its id (and its place in carts) when edited. */
    id: idSchema.optional(),
    specs: specsSchema,
    price: z.number({ invalid_type_error: '请填写价格' }).int('价格应为整数分').min(1, '价格至少 ¥0.01').max(MAX_PRICE_FEN, '价格不能超过 ¥999999.99'),
    stock: z.number({ invalid_type_error: '请填写库存' }).int('库存应为整数').min(0, '库存不能为负数').max(MAX_STOCK, `库存最多 ${MAX_STOCK}`),
    /** The stock the merchant's form showed: the save then moves stock by (stock − stockBefore). */
    // Not capped at MAX_STOCK: released units (cancels) can lift a row past it, and the form must
    // still be able to save what it showed. Capped at what the column holds.
    stockBefore: z.number().int('库存应为整数').min(0, '库存不能为负数').max(2_147_483_647, '库存数值无效').optional(),
  })
  .strict()

export const saveProductInput = z
  .object({
    storeId: idSchema,
    productId: idSchema.optional(),
    /** The version the editor loaded; a save of an older one is CONFLICT. */
    version: z.number().int().min(1).max(2_147_483_647).optional(),
    title: textField('商品名称', MAX_TITLE_LENGTH, { required: true }),
    description: textField('商品描述', MAX_DESCRIPTION_LENGTH, { multiline: true }).optional(),
    images: imageListSchema(MAX_IMAGES).optional(),
    hashtags: hashtagListSchema.optional(),
    status: z.enum(PRODUCT_STATUSES as [ProductStatus, ...ProductStatus[]], { errorMap: () => ({ message: '状态应为草稿、在售或已下架' }) }).optional(),
    skus: z.array(skuSchema).min(1, '至少需要一个规格').max(MAX_SKUS, `规格组合最多 ${MAX_SKUS} 个`),
  })
  .strict()
  .superRefine((input, ctx) => {
    const problem = skuSetProblem(input.skus)
    if (problem) ctx.addIssue({ code: 'custom', path: ['skus'], message: problem })
    if (input.status === 'on_sale' && (input.images ?? []).length === 0) {
      ctx.addIssue({ code: 'custom', path: ['images'], message: '上架商品至少需要 1 张图片' })
    }
  })

/** Two people edited one product: this save was made from a form older than the product. */
function conflict(current: number): AppError {
  return new AppError('CONFLICT', '商品已被修改，请刷新后再编辑', { version: current })
}

/**
 * Creates a product (draft unless told otherwise) or replaces one of the store's products.
 * SKUs are matched by id, else by their spec values, so an edit keeps the SKUs that stay;
 * the ones no longer listed are removed. All of it in one transaction.
 */
export const saveProduct = defineOperation({
  input: saveProductInput,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<Product> {
    const openid = requireOpenid(ctx)
    await requireOwnStore(ctx, input.storeId)
    if (input.productId) {
      // Before the content check, so that a wrong id records nothing.
      const [found] = await ctx.db
        .select({ id: products.id, version: products.version })
        .from(products)
        .where(and(eq(products.id, input.productId), eq(products.storeId, input.storeId)))
      if (!found) throw new AppError('NOT_FOUND', '商品不存在')
      if (input.version !== undefined && input.version !== found.version) throw conflict(found.version)
    }
    await checkMerchantText(ctx, {
      openid,
      parts: [input.title, input.description, ...(input.hashtags ?? []), ...input.skus.flatMap((s) => [...Object.keys(s.specs), ...Object.values(s.specs)])],
      purpose: 'product',
      scene: 3,
    })
    await checkNewImages(ctx, { images: input.images ?? [], openid, scene: 3 })
    const fields = {
      title: input.title,
      description: input.description ?? '',
      images: input.images ?? [],
      hashtags: input.hashtags ?? [],
    }
    return ctx.db.transaction(async (tx) => {
      let productId = input.productId
      if (productId) {
        // Locks the product row: two saves of one product apply one after the other, and the
        // second, re-reading the row once the first commits, no longer matches its version.
        const [row] = await tx
          .update(products)
          .set({
            ...fields,
            ...(input.status ? { status: input.status } : {}),
            version: sql`${products.version} + 1`,
            updatedAt: sql`now()`,
          })
          .where(
            and(
              eq(products.id, productId),
              eq(products.storeId, input.storeId),
              input.version !== undefined ? eq(products.version, input.version) : undefined,
            ),
          )
          .returning({ id: products.id, status: products.status, images: products.images })
        if (!row) {
          const [current] = await tx
            .select({ version: products.version })
            .from(products)
            .where(and(eq(products.id, productId), eq(products.storeId, input.storeId)))
          if (current) throw conflict(current.version)
          throw new AppError('NOT_FOUND', '商品不存在')
        }
        // The status may be left as it was: a product on sale keeps needing a photo.
        if (row.status === 'on_sale' && row.images.length === 0) {
          throw new AppError('VALIDATION_FAILED', '上架商品至少需要 1 张图片', {
            issues: [{ path: 'images', message: '上架商品至少需要 1 张图片' }],
          })
        }
      } else {
        productId = newId()
        await tx.insert(products).values({ id: productId, storeId: input.storeId, ...fields, status: input.status ?? 'draft' })
      }

      const existing = await tx.select().from(skus).where(eq(skus.productId, productId)).orderBy(asc(skus.position))
      const byId = new Map(existing.map((sku) => [sku.id, sku]))
      const bySpecs = new Map(existing.map((sku) => [specsKey(sku.specs), sku]))
      const kept = new Set<string>()
      for (const [position, sku] of input.skus.entries()) {
        const match = (sku.id && byId.get(sku.id)) || bySpecs.get(specsKey(sku.specs))
        if (match && !kept.has(match.id)) {
          kept.add(match.id)
          // With stockBefore, the merchant's change lands on today's stock in the same statement
          // that reads it (the row lock orders it with order.create's decrements).
          const stock =
            sku.stockBefore === undefined
              ? sku.stock
              : sql`least(${MAX_STOCK}, greatest(0, ${skus.stock}::bigint + ${sku.stock - sku.stockBefore}))`
          await tx.update(skus).set({ specs: sku.specs, price: sku.price, stock, position }).where(eq(skus.id, match.id))
        } else {
          await tx.insert(skus).values({ id: newId(), productId, specs: sku.specs, price: sku.price, stock: sku.stock, position })
        }
      }
      const removed = existing.filter((sku) => !kept.has(sku.id)).map((sku) => sku.id)
      if (removed.length > 0) await tx.delete(skus).where(inArray(skus.id, removed))

      const [row] = await tx.select().from(products).where(eq(products.id, productId))
      const [product] = await toProducts(tx, [row], openid)
      return product
    })
  },
})
