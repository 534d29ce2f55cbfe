// The 接龙 packing sheet as spreadsheet rows (merchant.exportJielongSheet): the same columns as
// the sheet page, one row per line an entry took, grouped by pickup point (the express entries
// last, as on the page), each group followed by its 小计 rows and the whole sheet by 合计 rows.
import type { JielongSheet, SheetLine } from './jielong'
import type { ExportCell } from './order-export'

export const JIELONG_SHEET_COLUMNS = [
  { header: '自提点', width: 16 },
  { header: '接龙号', width: 8 },
  { header: '姓名', width: 10 },
  { header: '电话', width: 14 },
  { header: '商品', width: 30 },
  { header: '数量', width: 7 },
  { header: '收货地址', width: 40 },
] as const

export const SUBTOTAL_LABEL = '小计'
export const TOTAL_LABEL = '合计'
export const ALL_POINTS_LABEL = '全部'

const totalRows = (where: string, label: string, lines: readonly SheetLine[]): ExportCell[][] =>
  lines.map((line) => [{ text: where }, { text: '' }, { text: label }, { text: '' }, { text: line.title }, { count: line.quantity }, { text: '' }])

/** Every row of the sheet, in the order the page shows it. */
export function jielongSheetRows(sheet: JielongSheet): ExportCell[][] {
  const rows: ExportCell[][] = []
  for (const group of sheet.byPickupPoint) {
    for (const entry of group.entries) {
      for (const line of entry.lines) {
        // Number, name and phone on every line, so a filtered or sorted sheet still says whose it is.
        rows.push([
          { text: group.name },
          { count: entry.no },
          { text: entry.buyerName },
          { text: entry.telNumber },
          { text: line.title },
          { count: line.quantity },
          { text: entry.address },
        ])
      }
    }
    rows.push(...totalRows(group.name, SUBTOTAL_LABEL, group.totals))
  }
  rows.push(...totalRows(ALL_POINTS_LABEL, TOTAL_LABEL, sheet.totals))
  return rows
}
