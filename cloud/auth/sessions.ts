// Login sessions of the self-hosted server: random bearer tokens, kept only as SHA-256 hashes,
// expiring after SESSION_TTL_MS and revocable one by one or all at once.
import { createHash, randomBytes } from 'node:crypto'
import { and, desc, eq, gt, inArray, isNull, lte, notInArray, or, isNotNull } from 'drizzle-orm'
import type { Identity } from '../context'
import type { Db, Tx } from '../db/client'
import { newId } from '../db/ids'
import { sessions } from '../db/schema'

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000
/** Devices one shopper may stay logged in on; the oldest session goes beyond that. */
export const MAX_SESSIONS_PER_USER = 10

/** 32 random bytes, base64url: 43 characters. Anything else cannot be one of ours. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export interface IssuedSession {
  sessionId: string
  token: string
  expiresAt: Date
}

/** Issues a session for `openid`, dropping its dead sessions and revoking the oldest live ones over the cap. */
export async function issueSession(tx: Db | Tx, openid: string, now: Date): Promise<IssuedSession> {
  await tx
    .delete(sessions)
    .where(and(eq(sessions.openid, openid), or(lte(sessions.expiresAt, now), isNotNull(sessions.revokedAt))))
  const token = randomBytes(32).toString('base64url')
  const session = { sessionId: newId(16), token, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) }
  await tx.insert(sessions).values({
    id: session.sessionId,
    openid,
    tokenHash: hashToken(token),
    expiresAt: session.expiresAt,
    createdAt: now,
  })
  const keep = tx
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.openid, openid), isNull(sessions.revokedAt)))
    .orderBy(desc(sessions.createdAt), desc(sessions.id))
    .limit(MAX_SESSIONS_PER_USER)
  await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.openid, openid), isNull(sessions.revokedAt), notInArray(sessions.id, keep)))
  return session
}

/** The identity a bearer token stands for, or null when it is unknown, revoked or expired. */
export async function resolveSession(db: Db, token: string, now: Date): Promise<Identity | null> {
  if (!TOKEN_PATTERN.test(token)) return null
  const [row] = await db
    .select({ id: sessions.id, openid: sessions.openid })
    .from(sessions)
    .where(and(eq(sessions.tokenHash, hashToken(token)), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .limit(1)
  return row ? { openid: row.openid, sessionId: row.id } : null
}

/** Revokes the given sessions of `openid` (all of its live ones when `ids` is null); returns how many. */
export async function revokeSessions(db: Db, openid: string, ids: string[] | null, now: Date): Promise<number> {
  const revoked = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.openid, openid), isNull(sessions.revokedAt), ids ? inArray(sessions.id, ids) : undefined))
    .returning({ id: sessions.id })
  return revoked.length
}
