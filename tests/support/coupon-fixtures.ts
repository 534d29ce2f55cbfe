// A store with two products (A at ¥33.33, B at ¥50.00) for the coupon suites, and coupons made
// and claimed through the actions themselves.
import type { Database } from '../../cloud/db/client'
import { newId } from '../../cloud/db/ids'
import { products, skus } from '../../cloud/db/schema'
import type { RequestOf } from '../../src/services/contract'
import { callOk } from './test-db'
import { makeStore, type Fixture } from './fixtures'

export interface CouponShop extends Fixture {
  productB: string
  skuA: string
  skuB: string
}

export const PRICE_A = 3333
export const PRICE_B = 5000

export async function makeCouponShop(database: Database, stock = 1000): Promise<CouponShop> {
  const fixture = await makeStore(database, { skus: [{ price: PRICE_A, stock }] })
  const productB = newId()
  await database.db.insert(products).values({ id: productB, storeId: fixture.storeId, title: '亚麻围裙', images: ['/files/demo/mug.svg'], status: 'on_sale' })
  const skuB = newId()
  await database.db.insert(skus).values({ id: skuB, productId: productB, position: 0, price: PRICE_B, stock, specs: {} })
  fixture.initial.set(skuB, stock)
  return { ...fixture, skuIds: [...fixture.skuIds, skuB], productB, skuA: fixture.skuIds[0], skuB }
}

type CouponRequest = RequestOf<'merchant', 'saveCoupon'>

export function couponInput(shop: Fixture, overrides: Partial<CouponRequest> = {}): CouponRequest {
  return {
    storeId: shop.storeId,
    title: '满99减20',
    kind: 'amount',
    amountOff: 2000,
    minSpend: 9900,
    totalQuantity: 100,
    perPersonLimit: 1,
    startAt: new Date(Date.now() - 3_600_000).toISOString(),
    endAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    audience: 'all',
    ...overrides,
  }
}

export async function saveCoupon(database: Database, shop: Fixture, overrides: Partial<CouponRequest> = {}) {
  return callOk(database, 'merchant', 'saveCoupon', couponInput(shop, overrides), { openid: shop.ownerOpenid })
}

/** A fresh coupon claimed by `openid`: the user coupon. */
export async function claimed(database: Database, shop: Fixture, openid: string, overrides: Partial<CouponRequest> = {}) {
  const coupon = await saveCoupon(database, shop, overrides)
  return callOk(database, 'coupon', 'claim', { couponId: coupon.id }, { openid })
}
