// Catalog types of the wire contract and the rules pages need about them.
import type { ShippingRules } from './shipping'

export type ProductStatus = 'draft' | 'on_sale' | 'off_shelf'
export const PRODUCT_STATUSES: readonly ProductStatus[] = ['draft', 'on_sale', 'off_shelf']

export interface Store {
  id: string
  name: string
  intro: string
  logo: string
  hashtags: string[]
  /** Only for the owner: the logo was ruled risky and is hidden from everyone else. */
  logoFlagged?: boolean
  /** catalog.getStore only: what delivery costs and whether pickup is offered. */
  shipping?: ShippingRules
}

export interface Sku {
  id: string
  /** Spec name → value, e.g. { 颜色: '红', 尺码: 'M' }; empty for a product without specs. */
  specs: Record<string, string>
  price: number
  stock: number
}

export interface Product {
  id: string
  storeId: string
  title: string
  description: string
  images: string[]
  /**
   * Only in the owner's own view: images a media check ruled risky. Everyone else gets them
   * left out of \`images\`.
   */
  flaggedImages?: string[]
  hashtags: string[]
  /** Hashtags of the store, shown beside the product's own. */
  brandHashtags: string[]
  status: ProductStatus
  skus: Sku[]
  /** Goes up with every save by the merchant; an editor sends back the one it loaded (CONFLICT if stale). */
  version: number
  createdAt: string
  updatedAt: string
  /** Only from catalog.getProduct: the store's card (a risky logo is left out, as in getStore). */
  store?: ProductStore
  /** Only from catalog.getProduct: units sold (lines of orders that count as sales). */
  sold?: number
}

export type ProductStore = Pick<Store, 'id' | 'name' | 'logo'>

export function priceBounds(product: Pick<Product, 'skus'>): { low: number; high: number } | null {
  if (product.skus.length === 0) return null
  const prices = product.skus.map((sku) => sku.price)
  return { low: Math.min(...prices), high: Math.max(...prices) }
}

export function totalStock(product: Pick<Product, 'skus'>): number {
  return product.skus.reduce((sum, sku) => sum + sku.stock, 0)
}

export function isSoldOut(product: Pick<Product, 'skus'>): boolean {
  return totalStock(product) === 0
}
