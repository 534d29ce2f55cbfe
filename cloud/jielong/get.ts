// jielong.get: the 接龙 page. Public, like the catalog: a card opened in Moments' single-page
// mode has no login, and the page shows only masked names.
import { z } from 'zod'
import type { Jielong } from '../../src/domain/jielong'
import { idSchema } from '../../src/domain/validation'
import { defineOperation } from '../operation'
import { loadJielongRow, toJielong } from './view'

export const get = defineOperation({
  input: z.object({ jielongId: idSchema }).strict(),
  access: 'public',
  async run(ctx, { jielongId }): Promise<Jielong> {
    return toJielong(ctx.db, await loadJielongRow(ctx.db, jielongId), ctx.now(), ctx.identity?.openid)
  },
})
