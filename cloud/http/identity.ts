// Who is calling over HTTP. In development the `x-openid` header stands in for WeChat's
// OPENID; in production that header is refused outright (DESIGN.md section 3).
import type { IncomingMessage } from 'node:http'
import { AppError } from '../../src/domain/errors'
import type { Identity } from '../context'

const OPENID = /^[A-Za-z0-9_-]{1,64}$/

export function identityFromRequest(req: IncomingMessage, production: boolean): Identity | null {
  const header = req.headers['x-openid']
  if (header === undefined) return null
  if (production) throw new AppError('UNAUTHENTICATED', '生产环境不接受 x-openid，请使用微信登录')
  const openid = Array.isArray(header) ? header[0] : header
  if (!OPENID.test(openid)) throw new AppError('UNAUTHENTICATED', 'x-openid 格式不正确')
  return { openid }
}
