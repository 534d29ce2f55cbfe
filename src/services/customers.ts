// The merchant console's categories and customers calls, and the coupon grant made from the
// customer list (merchant.listCoupons / grantCoupon come with the coupons feature).
import type { Category } from '@/domain/categories'
import type { Customer, CustomerSegment } from '@/domain/customers'
import type { Page } from '@/domain/envelope'
import { AppError } from '@/domain/errors'
import { callCloud } from './cloud'

export async function listOwnCategories(storeId: string): Promise<Category[]> {
  return (await callCloud('merchant', 'listCategories', { storeId })).items
}

/** Saves the whole ordered list: categories left out are deleted. */
export async function saveCategories(storeId: string, categories: Array<{ id?: string; name: string; productIds: string[] }>): Promise<Category[]> {
  return (await callCloud('merchant', 'saveCategories', { storeId, categories })).items
}

export function listCustomers(query: { storeId: string; segment: CustomerSegment; cursor?: string | null }): Promise<Page<Customer>> {
  return callCloud('merchant', 'listCustomers', { ...query })
}

export interface GrantableCoupon {
  id: string
  title: string
  status: string
}

/** The store's coupons to grant, or null when this build of the cloud has no coupons yet. */
export async function listGrantableCoupons(storeId: string): Promise<GrantableCoupon[] | null> {
  try {
    const { items } = await callCloud('merchant', 'listCoupons', { storeId })
    return items.filter((coupon) => coupon.status === 'active')
  } catch (error) {
    // An unknown action answers VALIDATION_FAILED (未知的操作); { storeId } alone cannot fail otherwise.
    if (error instanceof AppError && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_FAILED')) return null
    throw error
  }
}

export function grantCoupon(storeId: string, couponId: string, openids: string[]): Promise<{ granted: number }> {
  return callCloud('merchant', 'grantCoupon', { storeId, couponId, openids })
}
