// The order export's sheet: its Chinese headers and one line per order item. Money stays in
// fen here; the writers turn it into yuan. The order's freight and paid total sit on its first
// line only, so that summing the 订单实付 column gives the store's sales (merchant.stats).
import type { AddressFields } from './address'
import { carrierName } from './order-carriers'
import { STATUS_LABELS, type OrderStatus } from './order-state'
import { describeSpecs } from './spec-selection'

export type ExportCell = { text: string } | { fen: number | null } | { count: number }

export const EXPORT_COLUMNS = [
  { header: '订单号', width: 14 },
  { header: '下单时间', width: 18 },
  { header: '付款时间', width: 18 },
  { header: '订单状态', width: 10 },
  { header: '商品名称', width: 28 },
  { header: '规格', width: 16 },
  { header: '单价（元）', width: 11 },
  { header: '数量', width: 7 },
  { header: '小计（元）', width: 11 },
  { header: '运费（元）', width: 11 },
  { header: '订单实付（元）', width: 13 },
  { header: '配送方式', width: 9 },
  { header: '收货人', width: 10 },
  { header: '联系电话', width: 14 },
  { header: '收货地址', width: 40 },
  { header: '快递公司', width: 10 },
  { header: '快递单号', width: 18 },
  { header: '买家备注', width: 24 },
  // 订单号 is the number people read out; the id (what the app's links carry) comes last.
  { header: '订单编号', width: 14 },
] as const

/** Index of 订单实付（元）, the column whose sum is the range's sales. */
export const PAID_COLUMN = EXPORT_COLUMNS.findIndex((c) => c.header === '订单实付（元）')

export interface ExportOrder {
  id: string
  /** The readable number; null for orders written around order.create, which show their id. */
  orderNo: string | null
  status: OrderStatus
  createdAt: Date
  paidAt: Date | null
  deliveryFee: number
  total: number
  delivery: 'express' | 'pickup'
  address: AddressFields | null
  carrier: string | null
  trackingNo: string | null
  note: string
}

export interface ExportItem {
  title: string
  specs: Record<string, string>
  price: number
  quantity: number
}

/** "2026-11-25 14:03:05" in China time, where the merchant reads it. */
export function chinaDateTime(date: Date | null): string {
  if (!date) return ''
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')
}

function fullAddress(address: AddressFields): string {
  return [address.provinceName, address.cityName, address.countyName, address.detailInfo].filter(Boolean).join(' ')
}

export function exportLine(order: ExportOrder, item: ExportItem, firstOfOrder: boolean): ExportCell[] {
  // The address is for shipping: express orders carry it, pickup ones need none.
  const shipTo = order.delivery === 'express' ? order.address : null
  return [
    { text: order.orderNo ?? order.id },
    { text: chinaDateTime(order.createdAt) },
    { text: chinaDateTime(order.paidAt) },
    { text: STATUS_LABELS[order.status] },
    { text: item.title },
    { text: describeSpecs(item.specs) },
    { fen: item.price },
    { count: item.quantity },
    { fen: item.price * item.quantity },
    { fen: firstOfOrder ? order.deliveryFee : null },
    { fen: firstOfOrder ? order.total : null },
    { text: order.delivery === 'express' ? '快递' : '自提' },
    { text: shipTo?.userName ?? '' },
    { text: shipTo?.telNumber ?? '' },
    { text: shipTo ? fullAddress(shipTo) : '' },
    { text: order.carrier ? carrierName(order.carrier) : '' },
    { text: order.trackingNo ?? '' },
    { text: firstOfOrder ? order.note : '' },
    { text: order.id },
  ]
}

/**
 * A text cell as CSV may carry it: spreadsheet programs run a cell that starts with = + - @
 * (or a tab / carriage return before one) as a formula, so such text gets a leading apostrophe.
 */
export function csvSafeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

export const MAX_EXPORT_DAYS = 366

/** "2026-12-07" (China time) of a moment: what the date pickers show. */
export function chinaDay(date: Date): string {
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
}

/** The moments a range of China-time days covers, from the first day's midnight to the last day's end. */
export function chinaDayRange(fromDay: string, toDay: string): { from: string; to: string } {
  const from = new Date(`${fromDay}T00:00:00+08:00`)
  const to = new Date(new Date(`${toDay}T00:00:00+08:00`).getTime() + 86_400_000 - 1)
  return { from: from.toISOString(), to: to.toISOString() }
}
