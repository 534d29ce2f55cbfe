// Carriers a merchant ships with, by the delivery ids WeChat's shipping upload expects
// (express_company, from get_delivery_list).

export const CARRIERS = [
  { code: 'SF', name: '顺丰速运' },
  { code: 'ZTO', name: '中通快递' },
  { code: 'YTO', name: '圆通速递' },
  { code: 'YD', name: '韵达快递' },
  { code: 'STO', name: '申通快递' },
  { code: 'JTSD', name: '极兔速递' },
  { code: 'JD', name: '京东物流' },
  { code: 'EMS', name: 'EMS' },
  { code: 'YZPY', name: '邮政快递包裹' },
] as const

export type CarrierCode = (typeof CARRIERS)[number]['code']

export const CARRIER_CODES = CARRIERS.map((c) => c.code) as [CarrierCode, ...CarrierCode[]]

/** A carrier by its code ("SF", "sf") or its name ("顺丰速运"); null when it is not one we ship with. */
export function carrierCode(input: string): CarrierCode | null {
  const text = input.trim()
  const found = CARRIERS.find((c) => c.code === text.toUpperCase() || c.name === text)
  return found ? found.code : null
}

/** Tracking numbers are letters, digits and dashes. */
export const TRACKING_NO = /^[A-Za-z0-9-]{6,32}$/

export function carrierName(code: string | null): string {
  return CARRIERS.find((c) => c.code === code)?.name ?? code ?? ''
}
