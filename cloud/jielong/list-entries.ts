// jielong.listEntries: the numbered list, 1, 2, 3 …, paged by number. Public, names masked.
import { AppError } from '../../src/domain/errors'
import type { JielongEntry } from '../../src/domain/jielong'
import { defineOperation } from '../operation'
import { listEntriesInput } from './input'
import { entriesOf, loadJielongRow } from './view'

export const listEntries = defineOperation({
  input: listEntriesInput,
  access: 'public',
  async run(ctx, { jielongId, cursor, limit }): Promise<{ items: JielongEntry[]; nextCursor: string | null }> {
    await loadJielongRow(ctx.db, jielongId)
    if (cursor && !/^\d{1,9}$/.test(cursor)) throw new AppError('VALIDATION_FAILED', '翻页位置无效，请刷新后重试')
    const after = cursor ? Number(cursor) : undefined
    const items = await entriesOf(ctx.db, jielongId, { after, limit: limit + 1, viewer: ctx.identity?.openid })
    const page = items.slice(0, limit)
    return { items: page, nextCursor: items.length > limit ? String(page[page.length - 1].no) : null }
  },
})
