import { carrierCode, carrierName } from './order-carriers'

describe('carriers', () => {
  it('knows a carrier by its code or its Chinese name', () => {
    expect(carrierCode('sf')).toBe('SF')
    expect(carrierCode(' 顺丰速运 ')).toBe('SF')
    expect(carrierCode('飞鸽传书')).toBeNull()
    expect(carrierName('ZTO')).toBe('中通快递')
    expect(carrierName(null)).toBe('')
  })
})
