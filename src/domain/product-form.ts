// The product editor's form: what the merchant types (prices in yuan, stock as text, specs
// as dimensions) and the saveProduct payload it becomes (fen, integers, one SKU per
// combination), with every problem tied to the field it belongs beside.
import { PRODUCT_STATUSES, type Product, type ProductStatus } from './catalog'
import type { FieldErrors } from './field-errors'
import { describeHashtagProblem, normalizeHashtags } from './hashtags'
import { formatFen, parseYuan } from './money'
import { dimensionsInEntryOrder, regenerateSkus, specProblems, type SkuDraft, type SpecDimension, type Specs } from './sku-matrix'

export const MAX_TITLE_LENGTH = 60
export const MAX_DESCRIPTION_LENGTH = 2000
export const MAX_IMAGES = 9
/** ¥999,999.99 */
export const MAX_PRICE_FEN = 99_999_999
export const MAX_STOCK = 999_999

export const PRODUCT_STATUS_LABELS: Record<ProductStatus, string> = {
  draft: '草稿',
  on_sale: '在售',
  off_shelf: '已下架',
}

export interface ProductForm {
  productId?: string
  /** The product's version when the form was loaded; a save from a stale form is CONFLICT. */
  version?: number
  title: string
  description: string
  /** Stored image paths (/files/uploads/…, cloud://…), not display URLs. */
  images: string[]
  hashtags: string[]
  status: ProductStatus
  dims: SpecDimension[]
  skus: SkuDraft[]
}

export interface SaveProductInput {
  storeId: string
  productId?: string
  title: string
  description: string
  images: string[]
  hashtags: string[]
  status: ProductStatus
  version?: number
  skus: Array<{ id?: string; specs: Specs; price: number; stock: number; stockBefore?: number }>
}

export function emptyProductForm(): ProductForm {
  return { title: '', description: '', images: [], hashtags: [], status: 'on_sale', dims: [], skus: regenerateSkus([], []) }
}

/** 1290 → "12.90", what the price field shows. */
export function fenToYuanText(fen: number): string {
  return formatFen(fen).replace('¥', '')
}

export function productToForm(product: Product): ProductForm {
  return {
    productId: product.id,
    version: product.version,
    title: product.title,
    description: product.description,
    images: [...product.images],
    hashtags: [...product.hashtags],
    status: product.status,
    dims: dimensionsInEntryOrder(product.skus),
    skus: product.skus.map((sku) => ({
      id: sku.id,
      specs: sku.specs,
      price: fenToYuanText(sku.price),
      stock: String(sku.stock),
      stockBefore: sku.stock,
    })),
  }
}

/** Changes the dimensions and regenerates the SKU table, keeping typed prices where possible. */
export function withDimensions(form: ProductForm, dims: SpecDimension[]): ProductForm {
  return { ...form, dims, skus: regenerateSkus(dims, form.skus) }
}

/** Sets one price (or stock) for every SKU: the "批量设置" row. */
export function fillAllSkus(form: ProductForm, field: 'price' | 'stock', value: string): ProductForm {
  return { ...form, skus: form.skus.map((sku) => ({ ...sku, [field]: value })) }
}

export function parseStock(text: string): number | null {
  const trimmed = text.trim()
  if (!/^\d{1,6}$/.test(trimmed)) return null
  return Number(trimmed)
}

/** The payload, or the problems keyed by field ("title", "skus.2.price", "specs.0.values"…). */
export function validateProductForm(
  form: ProductForm,
  storeId: string,
): { ok: true; input: SaveProductInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const title = form.title.trim()
  if (title === '') errors.title = '请填写商品名称'
  else if (Array.from(title).length > MAX_TITLE_LENGTH) errors.title = `商品名称最多 ${MAX_TITLE_LENGTH} 个字`
  if (Array.from(form.description).length > MAX_DESCRIPTION_LENGTH) errors.description = `商品描述最多 ${MAX_DESCRIPTION_LENGTH} 个字`
  if (form.images.length > MAX_IMAGES) errors.images = `图片最多 ${MAX_IMAGES} 张`
  else if (form.status === 'on_sale' && form.images.length === 0) errors.images = '上架商品至少需要 1 张图片'
  if (!PRODUCT_STATUSES.includes(form.status)) errors.status = '请选择商品状态'

  const tags = normalizeHashtags(form.hashtags)
  if (!tags.ok) errors.hashtags = describeHashtagProblem(tags.problem)

  for (const problem of specProblems(form.dims)) errors[problem.path] ??= problem.message

  const skus: SaveProductInput['skus'] = []
  form.skus.forEach((sku, i) => {
    const price = parseYuan(sku.price)
    if (price === null) errors[`skus.${i}.price`] = sku.price.trim() === '' ? '请填写价格' : '价格格式不正确，如 12.90'
    else if (price < 1) errors[`skus.${i}.price`] = '价格至少 ¥0.01'
    else if (price > MAX_PRICE_FEN) errors[`skus.${i}.price`] = '价格不能超过 ¥999999.99'
    const stock = parseStock(sku.stock)
    if (stock === null) errors[`skus.${i}.stock`] = sku.stock.trim() === '' ? '请填写库存' : `库存应为 0–${MAX_STOCK} 的整数`
    if (price !== null && stock !== null) {
      skus.push({
        ...(sku.id ? { id: sku.id } : {}),
        specs: sku.specs,
        price,
        stock,
        ...(sku.stockBefore !== undefined ? { stockBefore: sku.stockBefore } : {}),
      })
    }
  })
  if (form.skus.length === 0) errors.specs ??= '至少需要一个规格'

  if (Object.keys(errors).length > 0 || !tags.ok) return { ok: false, errors }
  return {
    ok: true,
    input: {
      storeId,
      ...(form.productId ? { productId: form.productId } : {}),
      ...(form.productId && form.version !== undefined ? { version: form.version } : {}),
      title,
      description: form.description.trim(),
      images: form.images,
      hashtags: tags.tags,
      status: form.status,
      skus,
    },
  }
}

/**
 * Where a server issue belongs in this form: "skus.3.specs.颜色" is about the specs, which
 * the merchant edits as dimensions; any other path is a field of the same name.
 */
export function productFieldOf(path: string): string {
  if (/^skus\.\d+\.specs/.test(path) || path === 'skus') return 'specs'
  if (/^(images|hashtags)\.\d+$/.test(path)) return path.split('.')[0]
  return path
}
