import { defaultShippingRules } from './shipping'
import { provincesTakenElsewhere, shippingToForm, validateShippingForm, type ShippingForm } from './shipping-form'

const FORM: ShippingForm = {
  baseFee: '8',
  freeOver: '88',
  regions: [{ provinces: ['广东省'], fee: '12.5' }],
  pickupEnabled: true,
  pickupAddress: ' 文三路 1 号 ',
  pickupHours: '10:00–20:00',
}

describe('运费设置 form', () => {
  it('turns yuan into fen exactly', () => {
    expect(validateShippingForm(FORM)).toEqual({
      ok: true,
      input: { baseFee: 800, freeOver: 8800, regions: [{ provinces: ['广东省'], fee: 1250 }], pickup: { enabled: true, address: '文三路 1 号', hours: '10:00–20:00' } },
    })
  })

  it('reads an empty free-over amount as never free', () => {
    const checked = validateShippingForm({ ...FORM, freeOver: ' ' })
    expect(checked.ok && checked.input.freeOver).toBe(0)
  })

  it('puts each problem under the wire path of its field', () => {
    const checked = validateShippingForm({ ...FORM, baseFee: '8.123', freeOver: 'abc', regions: [{ provinces: [], fee: '1000' }], pickupAddress: '' })
    expect(checked).toEqual({
      ok: false,
      errors: {
        baseFee: '请填写基础运费（元，最多两位小数）',
        freeOver: '请填写包邮金额（元，最多两位小数）',
        'regions.0.provinces': '每个地区至少选一个省份',
        'regions.0.fee': '地区运费最多 ¥999.00',
        'pickup.address': '开启到店自提需要填写自提地址',
      },
    })
  })

  it('starts from the saved rules, in yuan', () => {
    expect(shippingToForm({ ...defaultShippingRules('人民路 1 号'), regions: [{ provinces: ['西藏自治区'], fee: 2050 }] })).toEqual({
      baseFee: '8',
      freeOver: '99',
      regions: [{ provinces: ['西藏自治区'], fee: '20.50' }],
      pickupEnabled: true,
      pickupAddress: '人民路 1 号',
      pickupHours: '',
    })
    expect(shippingToForm({ ...defaultShippingRules(), freeOver: 0 }).freeOver).toBe('')
  })

  it('knows which provinces other regions already took', () => {
    const form = { ...FORM, regions: [{ provinces: ['广东省'], fee: '1' }, { provinces: ['西藏自治区'], fee: '2' }] }
    expect([...provincesTakenElsewhere(form, 1)]).toEqual(['广东省'])
  })
})
