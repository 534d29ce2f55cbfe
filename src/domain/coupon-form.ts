// The merchant's coupon form (yuan and days as typed) to merchant.saveCoupon's input (fen and
// ISO times), with the same rules the cloud checks, so mistakes show beside their field.
import { MAX_COUPON_PRODUCTS, MAX_COUPON_TITLE, MAX_PERCENT_OFF, type Coupon, type CouponAudience, type CouponKind } from './coupon'
import { formatFen, parseYuan } from './money'

export interface CouponForm {
  title: string
  kind: CouponKind
  /** 减免金额 in yuan, for kind amount. */
  amountOff: string
  /** Percent off (1–90), for kind percent. */
  percentOff: string
  /** 使用门槛 in yuan; empty or 0 = none. */
  minSpend: string
  totalQuantity: string
  perPersonLimit: string
  /** Valid for this many days from now. */
  days: string
  audience: CouponAudience
  /** 适用商品: the whole store, or only the ticked products. */
  scope: 'store' | 'products'
  productIds: string[]
}

export const EMPTY_COUPON_FORM: CouponForm = {
  title: '', kind: 'amount', amountOff: '', percentOff: '', minSpend: '', totalQuantity: '100', perPersonLimit: '1', days: '7', audience: 'all', scope: 'store', productIds: [],
}

export interface CouponInput {
  title: string
  kind: CouponKind
  amountOff?: number
  percentOff?: number
  minSpend: number
  totalQuantity: number
  perPersonLimit: number
  startAt: string
  endAt: string
  audience: CouponAudience
  /** Empty = the whole store; sent even when empty so an edit back to 全店通用 clears the products. */
  productIds: string[]
}

export type CouponFormErrors = Partial<Record<keyof CouponForm, string>>

const whole = (text: string, min: number, max: number): number | null => {
  const n = Number(text.trim())
  return Number.isInteger(n) && n >= min && n <= max ? n : null
}

export function couponFormToInput(form: CouponForm, now: Date): { ok: true; input: CouponInput } | { ok: false; errors: CouponFormErrors } {
  const errors: CouponFormErrors = {}
  const title = form.title.trim()
  if (!title) errors.title = '请填写优惠券名称'
  else if (Array.from(title).length > MAX_COUPON_TITLE) errors.title = `名称最多 ${MAX_COUPON_TITLE} 个字`
  const minSpend = form.minSpend.trim() === '' ? 0 : parseYuan(form.minSpend)
  if (minSpend === null) errors.minSpend = '请填写金额，例如 99'
  let amountOff: number | undefined
  let percentOff: number | undefined
  if (form.kind === 'amount') {
    const fen = parseYuan(form.amountOff)
    if (fen === null || fen < 1) errors.amountOff = '请填写减免金额，例如 20'
    else if (minSpend && fen > minSpend) errors.amountOff = `减免金额不能超过门槛 ${formatFen(minSpend)}`
    else amountOff = fen
  } else {
    const percent = whole(form.percentOff, 1, MAX_PERCENT_OFF)
    if (percent === null) errors.percentOff = `请填写 1–${MAX_PERCENT_OFF} 之间的整数`
    else percentOff = percent
  }
  const totalQuantity = whole(form.totalQuantity, 1, 1_000_000)
  if (totalQuantity === null) errors.totalQuantity = '发放总量应为正整数'
  const perPersonLimit = whole(form.perPersonLimit, 1, 100)
  if (perPersonLimit === null) errors.perPersonLimit = '每人限领 1–100 张'
  const days = whole(form.days, 1, 365)
  if (days === null) errors.days = '有效天数 1–365'
  if (form.scope === 'products' && form.productIds.length === 0) errors.productIds = '请至少勾选一件商品'
  else if (form.productIds.length > MAX_COUPON_PRODUCTS) errors.productIds = `指定商品最多 ${MAX_COUPON_PRODUCTS} 件`
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    input: {
      title,
      kind: form.kind,
      ...(amountOff !== undefined ? { amountOff } : {}),
      ...(percentOff !== undefined ? { percentOff } : {}),
      minSpend: minSpend!,
      totalQuantity: totalQuantity!,
      perPersonLimit: perPersonLimit!,
      startAt: now.toISOString(),
      endAt: new Date(now.getTime() + days! * 86_400_000).toISOString(),
      audience: form.audience,
      productIds: form.scope === 'products' ? [...form.productIds] : [],
    },
  }
}

/** The form of a saved coupon, for editing it (its days counted from now, at least one). */
export function couponToForm(coupon: Coupon, now: Date): CouponForm {
  const yuan = (fen: number) => String(fen / 100)
  return {
    title: coupon.title,
    kind: coupon.kind,
    amountOff: coupon.amountOff ? yuan(coupon.amountOff) : '',
    percentOff: coupon.percentOff ? String(coupon.percentOff) : '',
    minSpend: coupon.minSpend ? yuan(coupon.minSpend) : '',
    totalQuantity: String(coupon.totalQuantity),
    perPersonLimit: String(coupon.perPersonLimit),
    days: String(Math.max(1, Math.ceil((new Date(coupon.endAt).getTime() - now.getTime()) / 86_400_000))),
    audience: coupon.audience,
    scope: coupon.productIds.length > 0 ? 'products' : 'store',
    productIds: [...coupon.productIds],
  }
}
