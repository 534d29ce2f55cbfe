import { couponFormToInput, EMPTY_COUPON_FORM } from './coupon-form'

const now = new Date('2026-12-01T00:00:00Z')

describe('couponFormToInput', () => {
  it('turns 满 ¥99 减 ¥20 for 7 days into fen and ISO times', () => {
    expect(couponFormToInput({ ...EMPTY_COUPON_FORM, title: '满99减20', amountOff: '20', minSpend: '99' }, now)).toEqual({
      ok: true,
      input: {
        title: '满99减20', kind: 'amount', amountOff: 2000, minSpend: 9900, totalQuantity: 100, perPersonLimit: 1,
        startAt: '2026-12-01T00:00:00.000Z', endAt: '2026-12-08T00:00:00.000Z', audience: 'all', productIds: [],
      },
    })
  })

  it('keeps only the field of the kind: a percent coupon carries percentOff', () => {
    const checked = couponFormToInput({ ...EMPTY_COUPON_FORM, title: '85折', kind: 'percent', percentOff: '15', amountOff: '3' }, now)
    expect(checked.ok && checked.input).toMatchObject({ kind: 'percent', percentOff: 15, minSpend: 0 })
    expect(checked.ok && 'amountOff' in checked.input).toBe(false)
  })

  it('shows each mistake beside its field', () => {
    const checked = couponFormToInput({ ...EMPTY_COUPON_FORM, amountOff: '120', minSpend: '99', totalQuantity: '0', days: 'x' }, now)
    expect(checked.ok ? null : Object.keys(checked.errors).sort()).toEqual(['amountOff', 'days', 'title', 'totalQuantity'])
    const percent = couponFormToInput({ ...EMPTY_COUPON_FORM, title: '折', kind: 'percent', percentOff: '95' }, now)
    expect(percent.ok ? null : percent.errors.percentOff).toBe('请填写 1–90 之间的整数')
  })

  it('refuses 指定商品 with nothing ticked, and sends the ticked ids (none for 全店通用)', () => {
    const base = { ...EMPTY_COUPON_FORM, title: '杯子专享', amountOff: '5' }
    const empty = couponFormToInput({ ...base, scope: 'products', productIds: [] }, now)
    expect(empty.ok ? null : empty.errors.productIds).toBe('请至少勾选一件商品')
    const scoped = couponFormToInput({ ...base, scope: 'products', productIds: ['p1', 'p2'] }, now)
    expect(scoped.ok && scoped.input.productIds).toEqual(['p1', 'p2'])
    const store = couponFormToInput({ ...base, scope: 'store', productIds: ['p1'] }, now)
    expect(store.ok && store.input.productIds).toEqual([])
  })
})
