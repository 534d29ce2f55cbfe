import { checkTypedAddress } from './typed-address'

const PICKED = { userName: '李四', telNumber: '13812345678', provinceName: '浙江省', cityName: '杭州市', countyName: '西湖区', detailInfo: '文三路 2 号' }

describe('an address typed at H5 checkout', () => {
  it('takes a complete address', () => {
    expect(checkTypedAddress(PICKED)).toEqual({})
  })

  it('refuses a street typed as the district, as the address book does', () => {
    expect(checkTypedAddress({ ...PICKED, countyName: '文三路' })).toEqual({ countyName: '区/县应以“区”“县”“市”“旗”等结尾，如：西湖区' })
  })

  it('refuses a landline, which the shared validator would take', () => {
    expect(checkTypedAddress({ ...PICKED, telNumber: '0571-88888888' })).toEqual({ telNumber: '请填写正确的 11 位手机号码' })
  })

  it('names every missing field of an empty form once, in the order of the form', () => {
    const empty = { userName: '', telNumber: '', provinceName: '', cityName: '', countyName: '', detailInfo: '' }
    expect(Object.keys(checkTypedAddress(empty))).toEqual(['userName', 'telNumber', 'provinceName', 'cityName', 'countyName', 'detailInfo'])
    expect(checkTypedAddress(empty).countyName).toBe('请填写区/县')
  })
})
