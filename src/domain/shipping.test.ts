import { defaultShippingRules, deliveryFeeOf, describeShipping, freeDeliveryGap, offersPickup, type FeeRequest, type ShippingRules } from './shipping'

const RULES: ShippingRules = {
  baseFee: 800,
  freeOver: 8800,
  regions: [
    { provinces: ['新疆维吾尔自治区', '西藏自治区'], fee: 2500 },
    { provinces: ['广东省'], fee: 1200 },
  ],
  pickup: { enabled: true, address: '大理古城人民路 1 号', hours: '每天 10:00–20:00' },
}

describe('delivery fee (hand-computed fen)', () => {
  // [what, rules, request, expected fee in fen]
  const cases: Array<[string, Partial<ShippingRules>, Omit<FeeRequest, 'discount'> & { discount?: number }, number]> = [
    ['base fee, province without a region', {}, { delivery: 'express', itemsTotal: 5000, provinceName: '浙江省' }, 800],
    ['base fee, no address yet', {}, { delivery: 'express', itemsTotal: 5000 }, 800],
    ['region fee', {}, { delivery: 'express', itemsTotal: 5000, provinceName: '广东省' }, 1200],
    ['region fee, second province of a region', {}, { delivery: 'express', itemsTotal: 100, provinceName: '西藏自治区' }, 2500],
    ['one fen under free-over: region fee', {}, { delivery: 'express', itemsTotal: 8799, provinceName: '广东省' }, 1200],
    ['exactly free-over: free', {}, { delivery: 'express', itemsTotal: 8800, provinceName: '广东省' }, 0],
    ['above free-over: free, even in a region', {}, { delivery: 'express', itemsTotal: 20000, provinceName: '新疆维吾尔自治区' }, 0],
    ['discount brings items under free-over: charged', {}, { delivery: 'express', itemsTotal: 9000, discount: 201, provinceName: '浙江省' }, 800],
    ['discount leaves items at free-over: free', {}, { delivery: 'express', itemsTotal: 9000, discount: 200, provinceName: '浙江省' }, 0],
    ['free-over 0 means never free', { freeOver: 0 }, { delivery: 'express', itemsTotal: 1_000_000, provinceName: '浙江省' }, 800],
    ['pickup is free', {}, { delivery: 'pickup', itemsTotal: 100, provinceName: '新疆维吾尔自治区' }, 0],
    ['pickup is free with no address', { freeOver: 0 }, { delivery: 'pickup', itemsTotal: 100 }, 0],
    ['base fee 0: free everywhere without a region', { baseFee: 0, regions: [] }, { delivery: 'express', itemsTotal: 100, provinceName: '广东省' }, 0],
    ['unknown province: base fee', {}, { delivery: 'express', itemsTotal: 100, provinceName: '火星' }, 800],
  ]
  it.each(cases)('%s', (_what, rules, request, fee) => {
    expect(deliveryFeeOf({ ...RULES, ...rules }, { discount: 0, ...request })).toBe(fee)
  })

  it('keeps the old fixed fee for a store that never saved rules', () => {
    const rules = defaultShippingRules()
    expect(deliveryFeeOf(rules, { delivery: 'express', itemsTotal: 9899, discount: 0, provinceName: '广东省' })).toBe(800)
    expect(deliveryFeeOf(rules, { delivery: 'express', itemsTotal: 9900, discount: 0 })).toBe(0)
  })
})

describe('pickup', () => {
  it('is offered only when enabled with an address', () => {
    expect(offersPickup(RULES)).toBe(true)
    expect(offersPickup({ ...RULES, pickup: { ...RULES.pickup, enabled: false } })).toBe(false)
    expect(offersPickup({ ...RULES, pickup: { enabled: true, address: ' ', hours: '' } })).toBe(false)
    expect(offersPickup(defaultShippingRules())).toBe(false)
    expect(offersPickup(defaultShippingRules('人民路 1 号'))).toBe(true)
  })
})

describe('what the shopper reads', () => {
  it('says how much more makes delivery free', () => {
    expect(freeDeliveryGap(8800, 5000, 1200)).toBe(3800)
    expect(freeDeliveryGap(8800, 8800, 0)).toBeNull()
    expect(freeDeliveryGap(0, 5000, 800)).toBeNull()
    expect(freeDeliveryGap(8800, 5000, 0)).toBeNull()
  })

  it('describes the rules in one line', () => {
    expect(describeShipping(RULES)).toBe('快递 ¥8.00-¥25.00，满 ¥88.00 包邮 / 到店自提')
    expect(describeShipping(defaultShippingRules())).toBe('快递 ¥8.00，满 ¥99.00 包邮')
    expect(describeShipping({ ...RULES, baseFee: 0, regions: [], freeOver: 0, pickup: { enabled: false, address: '', hours: '' } })).toBe('快递包邮')
    expect(describeShipping({ ...RULES, regions: [], freeOver: 0 })).toBe('快递 ¥8.00 / 到店自提')
  })
})
