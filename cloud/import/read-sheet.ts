// A spreadsheet's first sheet as rows of display text, through exceljs: .xlsx by its zip
// bytes, anything else as UTF-8 CSV (a BOM, as Excel writes, is dropped).
import ExcelJS from 'exceljs'
import { Readable } from 'node:stream'
import { AppError } from '../../src/domain/errors'

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04])

export async function readSheet(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook()
  let sheet: ExcelJS.Worksheet | undefined
  try {
    if (bytes.subarray(0, 4).equals(ZIP)) {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
      sheet = workbook.worksheets[0]
    } else {
      const text = bytes.toString('utf8').replace(/^\uFEFF/, '')
      if (text.includes('\u0000') || text.includes('\uFFFD')) throw new Error('not UTF-8 text')
      // Every cell as text: a price of 12.90 must not become 12.9, nor a code 007 become 7.
      sheet = await workbook.csv.read(Readable.from([text]), { parserOptions: {}, map: (value: unknown) => value } as never)
    }
  } catch {
    throw new AppError('VALIDATION_FAILED', '无法读取文件，请上传 .xlsx 或 UTF-8 编码的 .csv 文件')
  }
  if (!sheet) throw new AppError('VALIDATION_FAILED', '文件里没有工作表')
  const rows: string[][] = []
  const width = sheet.columnCount
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = []
    for (let c = 1; c <= width; c++) cells.push(row.getCell(c).text ?? '')
    rows[rowNumber - 1] = cells
  })
  // Empty rows exceljs skipped keep their place, so row numbers match what the merchant sees.
  for (let i = 0; i < rows.length; i++) rows[i] ??= []
  return rows
}
