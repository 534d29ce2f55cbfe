// auth.login { code } → { token, expiresAt, user }: exchanges a wx.login code through
// code2Session (ctx.platform.login) and opens a session for the self-hosted server.
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import type { LoginResult } from '../../src/domain/account'
import { AppError } from '../../src/domain/errors'
import { users } from '../db/schema'
import { clientKeyOf } from '../limits/client-address'
import { hitRateLimit, releaseRateLimitHit } from '../limits/rate-limit'
import { RATE_LIMITS } from '../limits/rate-limits'
import { defineOperation } from '../operation'
import { LoginRefused, type LoginIdentity } from '../platform/platform'
import { issueSession } from './sessions'
import { loadUser } from './user-view'

const input = z
  .object({
    // wx.login codes are short printable tokens; twin codes are `dev:<openid>`.
    code: z.string().min(1).max(128).regex(/^[\x21-\x7e]+$/, 'code 格式不正确'),
  })
  .strict()

export const login = defineOperation({
  input,
  access: 'public',
  async run(ctx, { code }): Promise<LoginResult> {
    const now = ctx.now()
    // The slot is taken before the exchange, so a burst of parallel bad codes is held to the
    // limit too, and given back only when the code proves valid.
    const failures = `auth.login.failed:${clientKeyOf(ctx.clientIp)}`
    await hitRateLimit(ctx.db, failures, RATE_LIMITS.login.failuresPerAddress, now)
    const who = await exchange(ctx.platform.login.code2Session.bind(ctx.platform.login), code)
    await releaseRateLimitHit(ctx.db, failures, now)
    await hitRateLimit(ctx.db, `auth.login:${who.openid}`, RATE_LIMITS.login.perUser, now)
    return ctx.db.transaction(async (tx) => {
      await tx
        .insert(users)
        .values({ openid: who.openid, unionid: who.unionid ?? null, lastLoginAt: now, createdAt: now, updatedAt: now })
        .onConflictDoUpdate({
          target: users.openid,
          set: { lastLoginAt: now, unionid: sql`coalesce(excluded.unionid, ${users.unionid})` },
        })
      const session = await issueSession(tx, who.openid, now)
      return { token: session.token, expiresAt: session.expiresAt.toISOString(), user: await loadUser(tx, who.openid) }
    })
  },
})

async function exchange(code2Session: (code: string) => Promise<LoginIdentity>, code: string): Promise<LoginIdentity> {
  try {
    return await code2Session(code)
  } catch (error) {
    if (!(error instanceof LoginRefused)) throw error
    switch (error.errcode) {
      case 40029:
      case 40163:
        throw new AppError('UNAUTHENTICATED', '登录凭证无效或已使用，请重新登录', { errcode: error.errcode })
      case 45011:
        throw new AppError('RATE_LIMITED', '登录太频繁，请稍后再试', { errcode: error.errcode })
      case 40226:
        throw new AppError('FORBIDDEN', '该微信账号存在风险，暂时无法登录', { errcode: error.errcode })
      default:
        console.error('[auth] code2Session failed:', error.errcode, error.errmsg)
        throw new AppError('INTERNAL', '微信登录暂时不可用，请稍后再试')
    }
  }
}
