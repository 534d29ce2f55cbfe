// The merchant console's calls. Images stay as stored paths here (forms save them back as
// they are); components turn them into URLs with assetUrl when showing them.
import type { Product, ProductStatus } from '@/domain/catalog'
import type { Review } from '@/domain/comments'
import type { CommentPage, MerchantProductPage } from '@/domain/merchant-console'
import type { SaveProductInput } from '@/domain/product-form'
import type { SalesStats, StatsPeriod } from '@/domain/sales-stats'
import type { CouponStats } from '@/domain/coupon'
import type { DailyPoint } from '@/domain/daily-trend'
import type { OwnedStore, StoreInput } from '@/domain/store-profile'
import type { PendingCounts } from '@/domain/pending-counts'
import type { ShippingRules } from '@/domain/shipping'
import type { ShippingInput } from '@/domain/shipping-form'
import { callCloud } from './cloud'

export async function listMyStores(): Promise<OwnedStore[]> {
  return (await callCloud('merchant', 'listMyStores')).items
}

export function openStore(input: StoreInput): Promise<OwnedStore> {
  return callCloud('merchant', 'openStore', { ...input })
}

export function updateStore(storeId: string, changes: Partial<StoreInput>): Promise<OwnedStore> {
  return callCloud('merchant', 'updateStore', { storeId, ...changes })
}

export function listOwnProducts(query: { storeId: string; status?: ProductStatus; cursor?: string | null }): Promise<MerchantProductPage> {
  return callCloud('merchant', 'listProducts', { ...query })
}

/** The owner sees drafts and off-shelf products through the catalog too. */
export function getOwnProduct(productId: string): Promise<Product> {
  return callCloud('catalog', 'getProduct', { productId })
}

export function saveProduct(input: SaveProductInput): Promise<Product> {
  return callCloud('merchant', 'saveProduct', { ...input })
}

export function setProductStatus(storeId: string, productId: string, status: ProductStatus): Promise<Product> {
  return callCloud('merchant', 'setProductStatus', { storeId, productId, status })
}

export function listComments(query: { storeId: string; status?: 'visible' | 'held'; cursor?: string | null }): Promise<CommentPage> {
  return callCloud('merchant', 'listComments', { ...query })
}

export function deleteComment(storeId: string, commentId: string): Promise<{ deleted: true }> {
  return callCloud('merchant', 'deleteComment', { storeId, commentId })
}

/** A review is the buyer's: the merchant answers it in public (again = replace), never deletes it. */
export function replyReview(storeId: string, reviewId: string, text: string): Promise<Review> {
  return callCloud('merchant', 'replyReview', { storeId, reviewId, text })
}

/** Hides the review only when content security rules it risky; the answer is the same either way. */
export function reportReview(storeId: string, reviewId: string, reason: string): Promise<{ reported: true }> {
  return callCloud('merchant', 'reportReview', { storeId, reviewId, reason })
}

export function approveComment(storeId: string, commentId: string): Promise<{ id: string; status: 'visible' }> {
  return callCloud('merchant', 'approveComment', { storeId, commentId })
}

export function getSalesStats(storeId: string, period: StatsPeriod): Promise<SalesStats & { coupons: CouponStats; daily: DailyPoint[] }> {
  return callCloud('merchant', 'stats', { storeId, period })
}

/** The store's shipping rules as saved (shoppers read them with catalog.getStore). */
export function saveShippingRules(storeId: string, rules: ShippingInput): Promise<ShippingRules> {
  return callCloud('merchant', 'saveShippingRules', { storeId, ...rules })
}

/** What waits for the store (待发货, refunds, unread messages), each only for a role that may act on it. */
export function getPendingCounts(storeId: string): Promise<PendingCounts> {
  return callCloud('merchant', 'pendingCounts', { storeId })
}
