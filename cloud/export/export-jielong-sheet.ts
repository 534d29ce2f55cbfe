// merchant.exportJielongSheet: a 接龙's packing sheet as .xlsx or .csv, exactly what
// merchant.jielongSheet shows (paid entries, not cancelled or refunded ones), grouped by pickup
// point with subtotals and totals, handed out like the order export: an unguessable URL that
// expires. The same gate as the sheet, so the buyers' phones reach only those who see the sheet.
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { z } from 'zod'
import { JIELONG_SHEET_COLUMNS, jielongSheetRows } from '../../src/domain/jielong-sheet-export'
import { chinaDay } from '../../src/domain/order-export'
import type { JielongSheetExport } from '../../src/domain/jielong'
import { idSchema } from '../../src/domain/validation'
import { buildJielongSheet } from '../jielong/sheet'
import { WRITES } from '../limits/rate-limit'
import { requireOwnStore } from '../merchant/own-store'
import { defineOperation } from '../operation'
import { openSheetWriter } from './sheet-writer'

const LINK_LIFETIME_MS = 24 * 3_600_000

export const exportJielongSheet = defineOperation({
  input: z
    .object({
      storeId: idSchema,
      jielongId: idSchema,
      format: z.enum(['csv', 'xlsx'], { errorMap: () => ({ message: '导出格式应为 csv 或 xlsx' }) }),
    })
    .strict(),
  access: 'user',
  // Writes a file for the caller; a burst of exports is a burst of disk work.
  rateLimit: WRITES,
  async run(ctx, input): Promise<JielongSheetExport> {
    await requireOwnStore(ctx, input.storeId)
    const sheet = await buildJielongSheet(ctx.db, input.storeId, input.jielongId)
    const rows = jielongSheetRows(sheet)
    const fileName = `jielong-${input.jielongId}-${chinaDay(ctx.now()).replace(/-/g, '')}.${input.format}`
    const localPath = path.join(os.tmpdir(), `export-${randomBytes(12).toString('hex')}.${input.format}`)
    const writer = openSheetWriter(input.format, localPath, { name: '备货单', columns: JIELONG_SHEET_COLUMNS })
    try {
      for (const row of rows) await writer.add(row)
      await writer.finish()
      const expiresAt = new Date(ctx.now().getTime() + LINK_LIFETIME_MS)
      const { url } = await ctx.platform.files.publishExport({ localPath, fileName, expiresAt })
      const entries = sheet.byPickupPoint.reduce((sum, group) => sum + group.entries.length, 0)
      return { url, fileName, rows: rows.length, entries, expiresAt: expiresAt.toISOString() }
    } finally {
      rmSync(localPath, { force: true })
    }
  },
})
