import { cleanAddress, formatAddress, isChinaMobile, isChinaPhone, maskPhone, validateAddress, type Address } from './order-address'

const address: Address = {
  userName: '张三',
  telNumber: '13800138000',
  provinceName: '广东省',
  cityName: '广州市',
  countyName: '海珠区',
  detailInfo: '新港中路397号',
}

describe('address rules', () => {
  it.each(['13800138000', '19912345678', '+8613800138000', '86 138 0013 8000', '138-0013-8000'])('accepts the mobile %s', (tel) => {
    expect(isChinaMobile(tel)).toBe(true)
  })

  it.each(['12800138000', '1380013800', '138001380001', 'abc', '', '10086', '020-81167888'])('refuses %s as a mobile', (tel) => {
    expect(isChinaMobile(tel)).toBe(false)
  })

  it('accepts a landline only where WeChat’s address book may give one', () => {
    expect(isChinaPhone('020-81167888')).toBe(true)
    expect(validateAddress({ ...address, telNumber: '020-81167888' })).toEqual({})
    expect(validateAddress({ ...address, telNumber: '020-81167888' }, { mobileOnly: true })).toEqual({ telNumber: '请输入正确的 11 位手机号' })
  })

  it('names every missing or too long field', () => {
    expect(validateAddress({})).toEqual({
      userName: '请填写收货人',
      telNumber: '请填写手机号',
      provinceName: '请填写省份',
      cityName: '请填写城市',
      countyName: '请填写区县',
      detailInfo: '请填写详细地址',
    })
    expect(validateAddress({ ...address, detailInfo: '路'.repeat(121), postalCode: '12' })).toEqual({
      detailInfo: '详细地址最多 120 个字',
      postalCode: '邮编应为 6 位数字',
    })
    expect(validateAddress({ ...address, userName: 42 as unknown as string })).toEqual({ userName: '请填写收货人' })
  })

  it('cleans, formats and masks', () => {
    expect(cleanAddress({ ...address, userName: ' 张三 ', telNumber: '138 0013 8000', postalCode: '' })).toEqual(address)
    expect(formatAddress(address)).toBe('广东省 广州市 海珠区 新港中路397号')
    expect(maskPhone('13800138000')).toBe('138****8000')
  })
})
