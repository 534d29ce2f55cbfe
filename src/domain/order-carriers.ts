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

/** Tracking numbers are letters, digits and dashes. */
export const TRACKING_NO = /^[A-Za-z0-9-]{6,32}$/

export function carrierName(code: string | null): string {
  return CARRIERS.find((c) => c.code === code)?.name ?? code ?? ''
}
