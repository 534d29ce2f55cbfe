// The 运费设置 form: amounts typed in yuan, provinces picked from the address book's list,
// checked here with the cloud's rules before saving, errors keyed by the wire's paths.
import type { FieldErrors } from './field-errors'
import { formatFen, parseYuan } from './money'
import { MAX_ORDER_TOTAL } from './order-pricing'
import { MAX_PICKUP_ADDRESS_LENGTH } from './store-profile'
import { MAX_DELIVERY_FEE, MAX_PICKUP_HOURS_LENGTH, type ShippingRules } from './shipping'

export interface ShippingForm {
  baseFee: string
  /** Empty or 0: express is never free. */
  freeOver: string
  regions: Array<{ provinces: string[]; fee: string }>
  pickupEnabled: boolean
  pickupAddress: string
  pickupHours: string
}

export interface ShippingInput {
  baseFee: number
  freeOver: number
  regions: Array<{ provinces: string[]; fee: number }>
  pickup: { enabled: boolean; address: string; hours: string }
}

const yuan = (fen: number) => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2))

export function shippingToForm(rules: ShippingRules): ShippingForm {
  return {
    baseFee: yuan(rules.baseFee),
    freeOver: rules.freeOver > 0 ? yuan(rules.freeOver) : '',
    regions: rules.regions.map((region) => ({ provinces: [...region.provinces], fee: yuan(region.fee) })),
    pickupEnabled: rules.pickup.enabled,
    pickupAddress: rules.pickup.address,
    pickupHours: rules.pickup.hours,
  }
}

function amount(value: string, label: string, max: number, errors: FieldErrors, path: string): number {
  const fen = parseYuan(value)
  if (fen === null) errors[path] = `请填写${label}（元，最多两位小数）`
  else if (fen > max) errors[path] = `${label}最多 ${formatFen(max)}`
  return fen ?? 0
}

/** Provinces a region may still take: those no other region has. */
export function provincesTakenElsewhere(form: ShippingForm, regionIndex: number): Set<string> {
  return new Set(form.regions.flatMap((region, i) => (i === regionIndex ? [] : region.provinces)))
}

export function validateShippingForm(form: ShippingForm): { ok: true; input: ShippingInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const baseFee = amount(form.baseFee, '基础运费', MAX_DELIVERY_FEE, errors, 'baseFee')
  const freeOver = form.freeOver.trim() === '' ? 0 : amount(form.freeOver, '包邮金额', MAX_ORDER_TOTAL, errors, 'freeOver')
  const regions = form.regions.map((region, i) => {
    if (region.provinces.length === 0) errors[`regions.${i}.provinces`] = '每个地区至少选一个省份'
    return { provinces: region.provinces, fee: amount(region.fee, '地区运费', MAX_DELIVERY_FEE, errors, `regions.${i}.fee`) }
  })
  const address = form.pickupAddress.trim()
  const hours = form.pickupHours.trim()
  if (form.pickupEnabled && address === '') errors['pickup.address'] = '开启到店自提需要填写自提地址'
  if ([...address].length > MAX_PICKUP_ADDRESS_LENGTH) errors['pickup.address'] = `自提地址最多 ${MAX_PICKUP_ADDRESS_LENGTH} 个字`
  if ([...hours].length > MAX_PICKUP_HOURS_LENGTH) errors['pickup.hours'] = `自提时间最多 ${MAX_PICKUP_HOURS_LENGTH} 个字`
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, input: { baseFee, freeOver, regions, pickup: { enabled: form.pickupEnabled, address, hours } } }
}
