// Streams export lines to a file on disk, as .xlsx (exceljs's WorkbookWriter: each row is
// committed and leaves memory) or .csv (fast-csv, with a BOM so Excel reads the Chinese).
// Either way memory stays flat however many orders the range holds.
import { format as csvFormat } from '@fast-csv/format'
import ExcelJS from 'exceljs'
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { formatYuan } from '../../src/domain/money'
import { csvSafeText, EXPORT_COLUMNS, type ExportCell } from '../../src/domain/order-export'

export type SheetFormat = 'csv' | 'xlsx'

export interface SheetWriter {
  add(cells: ExportCell[]): Promise<void>
  finish(): Promise<void>
}

export interface SheetLayout {
  /** The worksheet's name in an .xlsx. */
  name: string
  columns: ReadonlyArray<{ header: string; width: number }>
}

const ORDERS: SheetLayout = { name: '订单', columns: EXPORT_COLUMNS }

export function openSheetWriter(format: SheetFormat, filePath: string, layout: SheetLayout = ORDERS): SheetWriter {
  return format === 'xlsx' ? xlsxWriter(filePath, layout) : csvWriter(filePath, layout)
}

function xlsxWriter(filePath: string, layout: SheetLayout): SheetWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useStyles: true, useSharedStrings: false })
  const sheet = workbook.addWorksheet(layout.name)
  sheet.columns = layout.columns.map((column) => ({ header: column.header, width: column.width }))
  sheet.getRow(1).font = { bold: true }
  return {
    async add(cells) {
      const row = sheet.addRow(
        cells.map((cell) => ('text' in cell ? cell.text : 'count' in cell ? cell.count : cell.fen === null ? null : cell.fen / 100)),
      )
      cells.forEach((cell, i) => {
        if ('fen' in cell) row.getCell(i + 1).numFmt = '0.00'
      })
      row.commit()
    },
    async finish() {
      sheet.commit()
      await workbook.commit()
    },
  }
}

function csvWriter(filePath: string, layout: SheetLayout): SheetWriter {
  const file = createWriteStream(filePath)
  const stream = csvFormat({ writeBOM: true, headers: layout.columns.map((column) => column.header) })
  stream.pipe(file)
  const closed = once(file, 'close')
  return {
    async add(cells) {
      const values = cells.map((cell) =>
        'text' in cell ? csvSafeText(cell.text) : 'count' in cell ? String(cell.count) : cell.fen === null ? '' : formatYuan(cell.fen),
      )
      if (!stream.write(values)) await once(stream, 'drain')
    },
    async finish() {
      stream.end()
      await closed
    },
  }
}
