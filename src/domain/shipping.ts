// A store's shipping rules (merchant.saveShippingRules, catalog.getStore's `shipping`) and the
// one delivery-fee rule the server charges by and the app explains with (DESIGN.md 3b).
import { formatFen, formatFenRange } from './money'

export type DeliveryMethod = 'express' | 'pickup'

export interface ShippingRegion {
  provinces: string[]
  fee: number
}

export interface ShippingRules {
  baseFee: number
  /** Express is free from this amount (after discounts); 0 = never free. */
  freeOver: number
  regions: ShippingRegion[]
  pickup: { enabled: boolean; address: string; hours: string }
}

/** What a store that never saved rules charges: the fixed fee the shop began with. */
export const DEFAULT_BASE_FEE = 800
export const DEFAULT_FREE_OVER = 9900

/** ¥999.00: a small store's parcel never costs more; bounds a typo like 8000 for ¥80. */
export const MAX_DELIVERY_FEE = 99_900
export const MAX_PICKUP_HOURS_LENGTH = 50

export function defaultShippingRules(pickupAddress = ''): ShippingRules {
  return {
    baseFee: DEFAULT_BASE_FEE,
    freeOver: DEFAULT_FREE_OVER,
    regions: [],
    // Before rules existed, pickup was offered wherever the store gave an address.
    pickup: { enabled: pickupAddress !== '', address: pickupAddress, hours: '' },
  }
}

/** Pickup needs somewhere to pick up from: an enabled switch without an address offers nothing. */
export function offersPickup(rules: ShippingRules): boolean {
  return rules.pickup.enabled && rules.pickup.address.trim() !== ''
}

export interface FeeRequest {
  delivery: DeliveryMethod
  itemsTotal: number
  /** The coupon's amount off; free delivery is judged on what the shopper pays for the items. */
  discount: number
  /**
   * The address's province as the address book spells it (normalizeProvince: 广东 → 广东省),
   * when known (a quote may come before the address). Not normalised here: this file sits in
   * the main package, the province list does not need to.
   */
  provinceName?: string | null
}

/** Pickup 0; else the region's fee for the province, else the base fee; 0 from freeOver on. */
export function deliveryFeeOf(rules: Pick<ShippingRules, 'baseFee' | 'freeOver' | 'regions'>, request: FeeRequest): number {
  if (request.delivery === 'pickup') return 0
  if (rules.freeOver > 0 && request.itemsTotal - request.discount >= rules.freeOver) return 0
  const province = request.provinceName
  const region = province ? rules.regions.find((r) => r.provinces.includes(province)) : undefined
  return region ? region.fee : rules.baseFee
}

/** "再买 ¥12.00 免运费": how much more makes a charged express delivery free, or null. */
export function freeDeliveryGap(freeOver: number, payableItems: number, deliveryFee: number): number | null {
  if (deliveryFee === 0 || freeOver <= 0 || payableItems >= freeOver) return null
  return freeOver - payableItems
}

/** The product page's 运费 line: "快递 ¥8.00，满 ¥99.00 包邮 / 到店自提". */
export function describeShipping(rules: ShippingRules): string {
  const fees = [rules.baseFee, ...rules.regions.map((r) => r.fee)]
  const express = fees.every((fee) => fee === 0)
    ? '快递包邮'
    : `快递 ${formatFenRange(fees)}${rules.freeOver > 0 ? `，满 ${formatFen(rules.freeOver)} 包邮` : ''}`
  return offersPickup(rules) ? `${express} / 到店自提` : express
}
