import {
  formatAddressLine,
  isChinaMobile,
  maskPhone,
  normalizePhone,
  normalizeProvince,
  pickDefaultAddress,
  PROVINCES,
  validateAddress,
} from './address'

/** WeChat's own chooseAddress sample, as the API returns it. */
const wechatSample = {
  userName: '张三',
  postalCode: '510000',
  provinceName: '广东省',
  cityName: '广州市',
  countyName: '海珠区',
  detailInfo: '新港中路397号',
  telNumber: '020-81167888',
}

const valid = {
  userName: '李四',
  telNumber: '13800138000',
  provinceName: '浙江省',
  cityName: '杭州市',
  countyName: '西湖区',
  detailInfo: '文三路 90 号 3 幢 201',
}

describe('validateAddress', () => {
  it('accepts what chooseAddress returns, unchanged', () => {
    expect(validateAddress(wechatSample)).toEqual({ ok: true, value: wechatSample })
  })

  it('accepts an address without postal code and leaves the field out', () => {
    const result = validateAddress({ ...valid, postalCode: '' })
    expect(result).toEqual({ ok: true, value: valid })
  })

  it('normalises spacing, full-width digits, phone prefixes and short province names', () => {
    const result = validateAddress({
      userName: '  李　四 ',
      telNumber: '+86 138 0013 8000',
      provinceName: '浙江',
      cityName: ' 杭州市',
      countyName: '西湖区 ',
      detailInfo: '文三路  ９０ 号',
      postalCode: '３１００００',
    })
    expect(result).toEqual({
      ok: true,
      value: {
        userName: '李 四',
        telNumber: '13800138000',
        provinceName: '浙江省',
        cityName: '杭州市',
        countyName: '西湖区',
        detailInfo: '文三路 90 号',
        postalCode: '310000',
      },
    })
  })

  it('names every missing field with a Chinese message', () => {
    const result = validateAddress({})
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors).sort()).toEqual(
      ['cityName', 'countyName', 'detailInfo', 'provinceName', 'telNumber', 'userName'].sort(),
    )
    expect(result.errors.telNumber).toBe('请填写手机号码')
    expect(result.errors.provinceName).toBe('请选择省份')
  })

  it.each([
    ['a 10-digit number', { telNumber: '1380013800' }, 'telNumber'],
    ['a 12-digit number', { telNumber: '138001380001' }, 'telNumber'],
    ['a number starting 12', { telNumber: '12800138000' }, 'telNumber'],
    ['letters', { telNumber: 'abc' }, 'telNumber'],
    ['a landline without area code', { telNumber: '81167888' }, 'telNumber'],
    ['a province that does not exist', { provinceName: '火星省' }, 'provinceName'],
    ['a five-digit postal code', { postalCode: '51000' }, 'postalCode'],
    ['a one-character detail', { detailInfo: '楼' }, 'detailInfo'],
    ['a 26-character name', { userName: '名'.repeat(26) }, 'userName'],
    ['a 21-character city', { cityName: '市'.repeat(21) }, 'cityName'],
    ['a 121-character detail', { detailInfo: '路'.repeat(121) }, 'detailInfo'],
    ['whitespace as a name', { userName: '   ' }, 'userName'],
    ['a number as the name', { userName: 42 }, 'userName'],
  ])('refuses %s, naming only that field', (_label, patch, field) => {
    const result = validateAddress({ ...valid, ...patch })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors)).toEqual([field])
  })

  it('counts characters, not UTF-16 units, against the limits', () => {
    expect(validateAddress({ ...valid, userName: '𠀀'.repeat(25) }).ok).toBe(true)
  })
})

describe('phone numbers', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['199 1234 5678', '19912345678'],
    ['0086-13800138000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['020-81167888', '020-81167888'],
    ['0755-26888888-123', '0755-26888888-123'],
  ])('normalises %s to %s', (input, output) => {
    expect(normalizePhone(input)).toBe(output)
  })

  it('tells mobile numbers from landlines', () => {
    expect(isChinaMobile('13800138000')).toBe(true)
    expect(isChinaMobile('020-81167888')).toBe(false)
    expect(isChinaMobile('12345')).toBe(false)
  })

  it('masks the middle of a mobile number only', () => {
    expect(maskPhone('13800138000')).toBe('138****8000')
    expect(maskPhone('020-81167888')).toBe('020-81167888')
  })
})

describe('provinces', () => {
  it('knows the 34 provincial-level divisions, each reachable by its short name', () => {
    expect(new Set(PROVINCES).size).toBe(34)
    expect(normalizeProvince('北京')).toBe('北京市')
    expect(normalizeProvince('内蒙古')).toBe('内蒙古自治区')
    expect(normalizeProvince('新疆')).toBe('新疆维吾尔自治区')
    expect(normalizeProvince('香港')).toBe('香港特别行政区')
    expect(normalizeProvince('广西壮族自治区')).toBe('广西壮族自治区')
    expect(normalizeProvince('')).toBeNull()
  })
})

describe('formatAddressLine and pickDefaultAddress', () => {
  it('says a municipality once', () => {
    expect(formatAddressLine({ provinceName: '北京市', cityName: '北京市', countyName: '东城区', detailInfo: '东华门大街 1 号' })).toBe(
      '北京市 东城区 东华门大街 1 号',
    )
    expect(formatAddressLine(wechatSample)).toBe('广东省 广州市 海珠区 新港中路397号')
  })

  it('picks the default address, else the first, else none', () => {
    expect(pickDefaultAddress([{ id: 'a', isDefault: false }, { id: 'b', isDefault: true }])).toEqual({ id: 'b', isDefault: true })
    expect(pickDefaultAddress([{ id: 'a', isDefault: false }])).toEqual({ id: 'a', isDefault: false })
    expect(pickDefaultAddress([])).toBeNull()
  })
})
