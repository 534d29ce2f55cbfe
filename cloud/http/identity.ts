// Who is calling over HTTP. A session from WeChat login travels as `Authorization: Bearer
// <token>` (cloud/auth/sessions.ts); a token that is unknown, revoked or expired is 401, so the
// app drops it and logs in again. In development the `x-openid` header stands in for WeChat's
// OPENID; in production that header is refused outright (DESIGN.md section 3).
import type { IncomingMessage } from 'node:http'
import { AppError } from '../../src/domain/errors'
import { resolveSession } from '../auth/sessions'
import type { Identity } from '../context'
import type { Db } from '../db/client'

const OPENID = /^[A-Za-z0-9_-]{1,64}$/
const BEARER = /^Bearer ([^\s]+)$/

export async function identityFromRequest(req: IncomingMessage, production: boolean, db: Db, now: Date): Promise<Identity | null> {
  const header = req.headers['x-openid']
  if (header !== undefined && production) {
    throw new AppError('UNAUTHENTICATED', '生产环境不接受 x-openid，请使用微信登录')
  }
  const authorization = req.headers.authorization
  // A session wins over the development header: it is what a production build sends.
  if (authorization !== undefined) {
    const token = BEARER.exec(authorization.trim())?.[1]
    if (!token) throw new AppError('UNAUTHENTICATED', '登录信息格式不正确，请重新登录')
    const identity = await resolveSession(db, token, now)
    if (!identity) throw new AppError('UNAUTHENTICATED', '登录已过期，请重新登录')
    return identity
  }
  if (header === undefined) return null
  const openid = Array.isArray(header) ? header[0] : header
  if (!OPENID.test(openid)) throw new AppError('UNAUTHENTICATED', 'x-openid 格式不正确')
  return { openid }
}
