// live.listComments: a room's comments as the caller may see them (cloud/content/comment-thread.ts).
import { z } from 'zod'
import type { Page } from '../../src/domain/envelope'
import type { LiveComment } from '../../src/domain/live'
import { cursorSchema, idSchema, limitSchema } from '../../src/domain/validation'
import { decodeCursor } from '../catalog/cursor'
import { commentThreadPage } from '../content/comment-thread'
import { defineOperation } from '../operation'
import { toLiveComment } from './comment-view'
import { findRoom } from './room-view'

export const listComments = defineOperation({
  input: z.object({ roomId: idSchema, cursor: cursorSchema, limit: limitSchema }).strict(),
  access: 'public',
  async run(ctx, input): Promise<Page<LiveComment>> {
    const after = decodeCursor(input.cursor)
    await findRoom(ctx.db, input.roomId)
    const openid = ctx.identity?.openid
    const page = await commentThreadPage(ctx.db, { kind: 'live', targetId: input.roomId }, openid, { after, limit: input.limit })
    return { items: page.rows.map((row) => toLiveComment(row, openid)), nextCursor: page.nextCursor }
  },
})
