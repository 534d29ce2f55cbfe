// auth.logout { allDevices? } → { loggedOut: true, revoked }: ends the session the call came
// with, or every session of the caller. Inside WeChat Cloud there is no session to end.
import { z } from 'zod'
import { defineOperation, requireOpenid } from '../operation'
import { revokeSessions } from './sessions'
import { WRITES } from '../limits/rate-limit'

const input = z.object({ allDevices: z.boolean().optional() }).strict()

export const logout = defineOperation({
  input,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, { allDevices }) {
    const openid = requireOpenid(ctx)
    const sessionId = ctx.identity?.sessionId
    let revoked = 0
    if (allDevices) revoked = await revokeSessions(ctx.db, openid, null, ctx.now())
    else if (sessionId) revoked = await revokeSessions(ctx.db, openid, [sessionId], ctx.now())
    return { loggedOut: true as const, revoked }
  },
})
