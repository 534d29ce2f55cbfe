// auth.me {} → User: the caller's profile and the stores they own.
import { z } from 'zod'
import { defineOperation, requireOpenid } from '../operation'
import { loadUser } from './user-view'

export const me = defineOperation({
  input: z.object({}).strict(),
  access: 'user',
  run: (ctx) => loadUser(ctx.db, requireOpenid(ctx)),
})
