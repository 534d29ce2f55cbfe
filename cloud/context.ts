// What an operation may use. Tests build their own: a database, an identity, a clock.
import type { Db } from './db/client'
import type { Platform } from './platform/platform'

export interface Identity {
  openid: string
  /** The login session the caller came with (self-hosted HTTP); absent inside WeChat Cloud. */
  sessionId?: string
}

export interface Ctx {
  db: Db
  /** Who is calling, resolved by the entry from the platform or a session; null = anonymous. */
  identity: Identity | null
  /** 'platform' for scheduled triggers and payment callbacks, which have no user. */
  caller: 'user' | 'platform'
  platform: Platform
  now: () => Date
  production: boolean
  /**
   * The caller's network address (the HTTP socket's, or WeChat's CLIENTIP), for limits on what
   * needs no identity: anonymous visits and failed logins. Absent when the entry cannot tell.
   */
  clientIp?: string
  /**
   * The action being run ("merchant.ship"), set by dispatch: the store gate checks a staff
   * member's role against it. Absent outside dispatch, where only the owner passes the gate.
   */
  action?: string
}

/** What a scheduled run or a platform event (a media verdict) acts with: no person, the real clock. */
export function platformCtx({ db, platform, production }: Pick<Ctx, 'db' | 'platform' | 'production'>): Ctx {
  return { db, platform, production, identity: null, caller: 'platform', now: () => new Date() }
}
