// Shipping addresses in WeChat's chooseAddress shape (DESIGN.md section 3), and the one
// validator both the H5 form and the cloud's address.save use, so they refuse the same things.

/** The fields WeChat's chooseAddress returns and order.create takes. */
export interface AddressFields {
  userName: string
  telNumber: string
  provinceName: string
  cityName: string
  countyName: string
  detailInfo: string
  postalCode?: string
}

/** A saved address of the address book. */
export interface Address extends AddressFields {
  id: string
  isDefault: boolean
  updatedAt: string
}

export type AddressField = keyof AddressFields

export const ADDRESS_LIMITS = {
  userName: 25,
  region: 20,
  detailInfo: 120,
  /** Addresses one shopper may keep, like WeChat's own address list. */
  perUser: 20,
} as const

/** The 34 provincial-level divisions, as chooseAddress names them. */
export const PROVINCES = [
  '北京市', '天津市', '河北省', '山西省', '内蒙古自治区', '辽宁省', '吉林省', '黑龙江省',
  '上海市', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省',
  '湖南省', '广东省', '广西壮族自治区', '海南省', '重庆市', '四川省', '贵州省', '云南省',
  '西藏自治区', '陕西省', '甘肃省', '青海省', '宁夏回族自治区', '新疆维吾尔自治区',
  '台湾省', '香港特别行政区', '澳门特别行政区',
] as const

/** 广东 → 广东省, 广西 → 广西壮族自治区: other sources often drop the suffix. */
const SHORT_PROVINCE = new Map<string, string>(
  PROVINCES.map((name) => [name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, ''), name]),
)

export function normalizeProvince(value: string): string | null {
  const name = value.trim()
  if ((PROVINCES as readonly string[]).includes(name)) return name
  return SHORT_PROVINCE.get(name) ?? null
}

const MOBILE = /^1[3-9]\d{9}$/
/** Area code (3–4 digits starting with 0), number (7–8 digits), optional extension. */
const LANDLINE = /^0\d{2,3}-?[2-9]\d{6,7}(-\d{1,6})?$/

/**
 * A China mobile number (11 digits, 1[3-9]…) or a landline with its area code, which
 * chooseAddress may also return. Spaces, full-width digits and a +86 / 0086 prefix are
 * tolerated; the result is the bare number, or null when it is not a phone number.
 */
export function normalizePhone(value: string): string | null {
  const compact = value.normalize('NFKC').replace(/[\s()]/g, '')
  const national = compact.replace(/^(\+86|0086)-?/, '')
  const digitsOnly = national.replace(/-/g, '')
  if (MOBILE.test(digitsOnly)) return digitsOnly
  if (LANDLINE.test(national)) return national
  return null
}

export function isChinaMobile(value: string): boolean {
  const phone = normalizePhone(value)
  return phone !== null && MOBILE.test(phone)
}

export type AddressErrors = Partial<Record<AddressField, string>>

export type AddressCheck = { ok: true; value: AddressFields } | { ok: false; errors: AddressErrors }

function text(value: unknown): string {
  return typeof value === 'string' ? value.normalize('NFKC').replace(/\s+/g, ' ').trim() : ''
}

function length(value: string): number {
  return [...value].length
}

/**
 * Checks and normalises an address: every field required except the postal code, names and
 * regions within their lengths, a province WeChat knows, a real phone number, and a 6-digit
 * postal code when one is given. Errors are per field, in Chinese, for the form to show.
 */
export function validateAddress(input: Partial<Record<AddressField, unknown>>): AddressCheck {
  const errors: AddressErrors = {}

  const userName = text(input.userName)
  if (!userName) errors.userName = '请填写收货人'
  else if (length(userName) > ADDRESS_LIMITS.userName) errors.userName = `收货人最多 ${ADDRESS_LIMITS.userName} 个字`

  const rawPhone = text(input.telNumber)
  const telNumber = normalizePhone(rawPhone)
  if (!rawPhone) errors.telNumber = '请填写手机号码'
  else if (!telNumber) errors.telNumber = '请填写正确的手机号码（11 位）或带区号的固定电话'

  const rawProvince = text(input.provinceName)
  const provinceName = normalizeProvince(rawProvince)
  if (!rawProvince) errors.provinceName = '请选择省份'
  else if (!provinceName) errors.provinceName = '省份名称不正确'

  const cityName = text(input.cityName)
  if (!cityName) errors.cityName = '请填写城市'
  else if (length(cityName) > ADDRESS_LIMITS.region) errors.cityName = `城市最多 ${ADDRESS_LIMITS.region} 个字`

  const countyName = text(input.countyName)
  if (!countyName) errors.countyName = '请填写区/县'
  else if (length(countyName) > ADDRESS_LIMITS.region) errors.countyName = `区/县最多 ${ADDRESS_LIMITS.region} 个字`

  const detailInfo = text(input.detailInfo)
  if (length(detailInfo) < 2) errors.detailInfo = '请填写详细地址（街道、门牌号）'
  else if (length(detailInfo) > ADDRESS_LIMITS.detailInfo) errors.detailInfo = `详细地址最多 ${ADDRESS_LIMITS.detailInfo} 个字`

  const postalCode = text(input.postalCode)
  if (postalCode && !/^\d{6}$/.test(postalCode)) errors.postalCode = '邮政编码应为 6 位数字'

  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const value: AddressFields = {
    userName,
    telNumber: telNumber!,
    provinceName: provinceName!,
    cityName,
    countyName,
    detailInfo,
  }
  if (postalCode) value.postalCode = postalCode
  return { ok: true, value }
}

/** One line for lists and checkout: 广东省 广州市 海珠区 新港中路 397 号. */
export function formatAddressLine(address: Pick<AddressFields, 'provinceName' | 'cityName' | 'countyName' | 'detailInfo'>): string {
  // Municipalities repeat themselves (北京市 北京市 东城区): say it once.
  const parts = [address.provinceName, address.cityName, address.countyName, address.detailInfo]
  return parts.filter((part, i) => part && parts.indexOf(part) === i).join(' ')
}

/** 138****8000: enough for the shopper to recognise, not enough to read over a shoulder. */
export function maskPhone(phone: string): string {
  return MOBILE.test(phone) ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone
}

/** The address checkout starts with: the default one, else the most recently saved. */
export function pickDefaultAddress<T extends Pick<Address, 'isDefault'>>(addresses: readonly T[]): T | null {
  return addresses.find((a) => a.isDefault) ?? addresses[0] ?? null
}
