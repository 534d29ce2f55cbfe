import { EXPRESS_FEE, FREE_EXPRESS_FROM, deliveryFeeOf, freeDeliveryGap, totalsOf } from './order-pricing'

describe('order pricing', () => {
  it('adds lines at their unit prices', () => {
    expect(totalsOf([{ price: 1290, quantity: 2 }, { price: 500, quantity: 1 }], 'pickup')).toEqual({ itemsTotal: 3080, deliveryFee: 0, total: 3080 })
  })

  it('charges express below the threshold and not from it', () => {
    expect(deliveryFeeOf(FREE_EXPRESS_FROM - 1, 'express')).toBe(EXPRESS_FEE)
    expect(deliveryFeeOf(FREE_EXPRESS_FROM, 'express')).toBe(0)
    expect(totalsOf([{ price: 1000, quantity: 1 }], 'express')).toEqual({ itemsTotal: 1000, deliveryFee: EXPRESS_FEE, total: 1000 + EXPRESS_FEE })
  })

  it('says how much more buys free delivery', () => {
    expect(freeDeliveryGap(FREE_EXPRESS_FROM - 1200, 'express')).toBe(1200)
    expect(freeDeliveryGap(FREE_EXPRESS_FROM, 'express')).toBeNull()
    expect(freeDeliveryGap(100, 'pickup')).toBeNull()
  })
})
