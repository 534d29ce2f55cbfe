// The delivery address (WeChat chooseAddress field names, DESIGN.md section 3) and its rules,
// in plain TypeScript so the H5 form and the cloud's schema check the very same things.

export interface Address {
  userName: string
  telNumber: string
  provinceName: string
  cityName: string
  countyName: string
  detailInfo: string
  postalCode?: string
}

export type AddressField = keyof Address

export const ADDRESS_LIMITS = {
  userName: 20,
  provinceName: 20,
  cityName: 20,
  countyName: 20,
  detailInfo: 120,
} as const

/** Chinese mainland mobile numbers: 11 digits starting 13–19, optionally after +86 / 86. */
const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/
/** Landlines as chooseAddress may return them: area code, optional dash, 7–8 digits, extension. */
const LANDLINE = /^0\d{2,3}-?\d{7,8}(?:-\d{1,6})?$/
const POSTAL_CODE = /^\d{6}$/

/** Spaces and dashes people type inside a mobile number ("138 0013 8000") are not part of it. */
export function normalizeMobile(input: string): string {
  return input.replace(/[\s-]/g, '')
}

export function isChinaMobile(input: string): boolean {
  return MOBILE.test(normalizeMobile(input))
}

/** What the server accepts: a mobile number, or a landline from WeChat's address book. */
export function isChinaPhone(input: string): boolean {
  return isChinaMobile(input) || LANDLINE.test(input.trim())
}

export type AddressErrors = Partial<Record<AddressField, string>>

const LABELS: Record<keyof typeof ADDRESS_LIMITS, string> = {
  userName: '收货人',
  provinceName: '省份',
  cityName: '城市',
  countyName: '区县',
  detailInfo: '详细地址',
}

/**
 * Field errors in Chinese; empty when the address can be shipped to. `mobileOnly` is the H5
 * form's rule (a person types a mobile); WeChat's own address book may hold a landline.
 */
export function validateAddress(address: Partial<Record<AddressField, unknown>>, options: { mobileOnly?: boolean } = {}): AddressErrors {
  const errors: AddressErrors = {}
  for (const field of Object.keys(LABELS) as Array<keyof typeof LABELS>) {
    const value = address[field]
    const text = typeof value === 'string' ? value.trim() : ''
    if (!text) errors[field] = `请填写${LABELS[field]}`
    else if (text.length > ADDRESS_LIMITS[field]) errors[field] = `${LABELS[field]}最多 ${ADDRESS_LIMITS[field]} 个字`
  }
  const tel = typeof address.telNumber === 'string' ? address.telNumber.trim() : ''
  if (!tel) errors.telNumber = '请填写手机号'
  else if (options.mobileOnly ? !isChinaMobile(tel) : !isChinaPhone(tel)) errors.telNumber = '请输入正确的 11 位手机号'
  const postal = address.postalCode
  if (postal !== undefined && postal !== '' && (typeof postal !== 'string' || !POSTAL_CODE.test(postal))) {
    errors.postalCode = '邮编应为 6 位数字'
  }
  return errors
}

/** Trimmed copy, mobile numbers without spaces, empty postal code dropped. */
export function cleanAddress(address: Address): Address {
  const tel = address.telNumber.trim()
  const cleaned: Address = {
    userName: address.userName.trim(),
    telNumber: isChinaMobile(tel) ? normalizeMobile(tel) : tel,
    provinceName: address.provinceName.trim(),
    cityName: address.cityName.trim(),
    countyName: address.countyName.trim(),
    detailInfo: address.detailInfo.trim(),
  }
  if (address.postalCode) cleaned.postalCode = address.postalCode.trim()
  return cleaned
}

/** "广东省 广州市 海珠区 新港中路397号" */
export function formatAddress(address: Address): string {
  return [address.provinceName, address.cityName, address.countyName, address.detailInfo].filter(Boolean).join(' ')
}

/** "138****8000": what a shipping label or a list shows of someone's number. */
export function maskPhone(tel: string): string {
  const digits = normalizeMobile(tel)
  if (digits.length < 7) return digits
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`
}
