import { couponDate, couponFace, discountOf, orderDiscount, userCouponStatus, type CouponTerms } from './coupon'

const amount = (amountOff: number, minSpend = 0, productIds: string[] = []): CouponTerms => ({ kind: 'amount', amountOff, percentOff: null, minSpend, productIds })
const percent = (percentOff: number, minSpend = 0, productIds: string[] = []): CouponTerms => ({ kind: 'percent', amountOff: null, percentOff, minSpend, productIds })
const line = (productId: string, price: number, quantity = 1) => ({ productId, price, quantity })

describe('discountOf: what a coupon takes off, in fen', () => {
  it.each([
    ['满99减20 at exactly ¥99.00', amount(2000, 9900), [line('a', 9900)], 2000],
    ['满99减20 one fen short', amount(2000, 9900), [line('a', 9899)], null],
    ['满99减20 over two lines', amount(2000, 9900), [line('a', 5000), line('b', 2450, 2)], 2000],
    ['无门槛减5 on ¥3.00: never more than the goods', amount(500), [line('a', 300)], 300],
    ['product-scoped: only product a counts toward the minimum', amount(1000, 5000, ['a']), [line('a', 4000), line('b', 9000)], null],
    ['product-scoped: reached on product a alone', amount(1000, 5000, ['a']), [line('a', 2500, 2), line('b', 9000)], 1000],
    ['product-scoped: no eligible line at all', amount(100, 0, ['z']), [line('a', 9000)], null],
    ['15% off ¥33.33 rounds down: 499.95 → 499', percent(15), [line('a', 3333)], 499],
    ['15% off ¥33.34 → 500.1 → 500', percent(15), [line('a', 3334)], 500],
    ['1% off 99 fen → 0.99 → 0', percent(1), [line('a', 99)], 0],
    ['90% off ¥1.01 ×3 → 272.7 → 272', percent(90), [line('a', 101, 3)], 272],
    ['percent on product a only: 20% of ¥12.34 → 246.8 → 246', percent(20, 0, ['a']), [line('a', 1234), line('b', 10000)], 246],
    ['percent with minimum, reached exactly', percent(10, 10000), [line('a', 10000)], 1000],
  ])('%s', (_name, terms, lines, expected) => {
    expect(discountOf(terms, lines)).toBe(expected)
  })
})

describe('orderDiscount leaves at least one fen to pay', () => {
  it('caps a coupon as large as the order (pickup, no fee) at total − 1', () => {
    expect(orderDiscount(amount(500), [line('a', 500)], 500)).toBe(499)
  })
  it('does not touch a discount already below the total', () => {
    expect(orderDiscount(amount(500), [line('a', 500)], 1300)).toBe(500)
  })
})

describe('userCouponStatus derives expired from validTo', () => {
  const now = new Date('2026-12-01T00:00:00Z')
  it.each([
    ['unused', new Date('2026-12-02T00:00:00Z'), 'unused'],
    ['unused', new Date('2026-12-01T00:00:00Z'), 'expired'],
    ['used', new Date('2026-11-01T00:00:00Z'), 'used'],
  ] as const)('%s until %s → %s', (stored, validTo, expected) => {
    expect(userCouponStatus(stored, validTo, now)).toBe(expected)
  })
})

describe('couponFace', () => {
  it.each([
    [amount(2000, 9900), '满99减20'],
    [amount(550), '无门槛减5.5'],
    [percent(15, 5000), '满50 8.5折'.replace(' ', '')],
    [percent(20), '无门槛8折'],
  ])('%j → %s', (terms, face) => {
    expect(couponFace(terms)).toBe(face)
  })
})

describe('couponDate', () => {
  it('shows the day in China time', () => {
    expect(couponDate('2026-12-14T15:59:59Z')).toBe('2026-12-14')
    expect(couponDate('2026-12-14T16:00:00Z')).toBe('2026-12-15')
  })
})
