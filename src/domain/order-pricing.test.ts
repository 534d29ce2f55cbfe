import { EXPRESS_FEE, FREE_EXPRESS_FROM, totalsOf } from './order-pricing'

describe('order pricing', () => {
  it('adds lines at their unit prices', () => {
    expect(totalsOf([{ price: 1290, quantity: 2 }, { price: 500, quantity: 1 }], 'pickup')).toEqual({ itemsTotal: 3080, deliveryFee: 0, total: 3080 })
  })

  it('charges a store without rules the default express fee below the threshold and not from it', () => {
    expect(totalsOf([{ price: FREE_EXPRESS_FROM - 1, quantity: 1 }], 'express').deliveryFee).toBe(EXPRESS_FEE)
    expect(totalsOf([{ price: FREE_EXPRESS_FROM, quantity: 1 }], 'express').deliveryFee).toBe(0)
    expect(totalsOf([{ price: 1000, quantity: 1 }], 'express')).toEqual({ itemsTotal: 1000, deliveryFee: EXPRESS_FEE, total: 1000 + EXPRESS_FEE })
  })

  it('charges by the rules and province it is given', () => {
    const rules = { baseFee: 600, freeOver: 8800, regions: [{ provinces: ['新疆维吾尔自治区'], fee: 2000 }] }
    expect(totalsOf([{ price: 1000, quantity: 2 }], 'express', { rules, provinceName: '新疆维吾尔自治区' })).toEqual({ itemsTotal: 2000, deliveryFee: 2000, total: 4000 })
    expect(totalsOf([{ price: 1000, quantity: 2 }], 'express', { rules, provinceName: '浙江省' })).toEqual({ itemsTotal: 2000, deliveryFee: 600, total: 2600 })
  })
})
