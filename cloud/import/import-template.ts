// merchant.importTemplate: the spreadsheet the import reads, with its headers and example rows,
// handed out like an export (an unguessable URL that expires).
import ExcelJS from 'exceljs'
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { z } from 'zod'
import { IMPORT_EXAMPLE_ROWS, IMPORT_HEADERS } from '../../src/domain/product-import'
import { idSchema } from '../../src/domain/validation'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation } from '../operation'

export const importTemplate = defineOperation({
  input: z.object({ storeId: idSchema }).strict(),
  access: 'user',
  async run(ctx, { storeId }): Promise<{ url: string; fileName: string }> {
    await requireOwnStore(ctx, storeId)
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('商品')
    sheet.columns = IMPORT_HEADERS.map((header) => ({ header, width: header === '商品描述' ? 30 : 14 }))
    sheet.getRow(1).font = { bold: true }
    // Text cells: Excel must not turn 39.90 into 39.9 or a spec value like 001 into 1.
    for (let c = 1; c <= IMPORT_HEADERS.length; c++) sheet.getColumn(c).numFmt = '@'
    for (const row of IMPORT_EXAMPLE_ROWS) sheet.addRow(row)
    const fileName = 'product-import-template.xlsx'
    const localPath = path.join(os.tmpdir(), `template-${randomBytes(12).toString('hex')}.xlsx`)
    try {
      await workbook.xlsx.writeFile(localPath)
      const { url } = await ctx.platform.files.publishExport({ localPath, fileName, expiresAt: new Date(ctx.now().getTime() + 3_600_000) })
      return { url, fileName }
    } finally {
      rmSync(localPath, { force: true })
    }
  },
})
