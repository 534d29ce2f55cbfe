// A fresh, migrated database for one test file: PGlite in memory by default, or a new
// database on the PostgreSQL server named by TEST_DATABASE_URL (see scripts/with-postgres.ts).
import { randomBytes } from 'node:crypto'
import type { Ctx, Identity } from '../../cloud/context'
import { openDatabase, type Database } from '../../cloud/db/client'
import { dispatch, type Answer } from '../../cloud/dispatch'
import { registry } from '../../cloud/functions'
import { localPlatform } from '../../cloud/platform/local'
import type { ActionName, RequestArgs, RequestOf, ResponseOf } from '../../src/services/contract'
import type { FunctionName } from '../../src/domain/envelope'
import type { Platform } from '../../cloud/platform/platform'
import { createDatabase, dropDatabase } from './postgres'

export async function openTestDatabase(options: { poolSize?: number } = {}): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL
  if (!serverUrl) return openDatabase()
  const name = `t_${process.pid}_${randomBytes(4).toString('hex')}`
  const url = await createDatabase(serverUrl, name)
  const database = await openDatabase({ url, poolSize: options.poolSize })
  return {
    ...database,
    async close() {
      await database.close()
      await dropDatabase(serverUrl, name)
    },
  }
}

/** Which database the suite runs on, for test titles. */
export const DATABASE_KIND = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'

export interface CallOptions {
  openid?: string
  caller?: Ctx['caller']
  now?: () => Date
  production?: boolean
  clientIp?: string
  /** The platform twins to use, when a test needs to reach them (e.g. deliver media verdicts). */
  platform?: Platform
}

export function testCtx(database: Database, options: CallOptions = {}): Ctx {
  const identity: Identity | null = options.openid ? { openid: options.openid } : null
  return {
    db: database.db,
    identity,
    caller: options.caller ?? 'user',
    platform: options.platform ?? localPlatform(),
    now: options.now ?? (() => new Date()),
    production: options.production ?? false,
    ...(options.clientIp ? { clientIp: options.clientIp } : {}),
  }
}

/** Calls a cloud function the way both entries do: through dispatch, with the envelope. */
export function call(
  database: Database,
  fn: string,
  action: string,
  data: unknown = {},
  options: CallOptions = {},
): Promise<Answer> {
  return dispatch(registry, fn, { action, data }, testCtx(database, options))
}

/**
 * Like call(), but returns the data of a success and throws on a failure. Typed by the wire
 * contract, as the app's callCloud is: a test that sends what the schema does not take, or reads
 * what the action does not answer, fails to compile. Deliberately bad input goes through call().
 */
export function callOk<F extends FunctionName, A extends ActionName<F>, D extends RequestOf<F, A>>(
  database: Database,
  fn: F,
  action: A,
  ...args: RequestArgs<F, A, D, CallOptions>
): Promise<ResponseOf<F, A>>
export function callOk(database: Database, fn: string, action: string, data?: unknown, options?: CallOptions): Promise<unknown> {
  return callOkByName(database, fn, action, data, options)
}

/**
 * callOk for tables that hold their actions as data (a row per action, looped over): no one
 * request type fits them all, so neither the request nor the answer is typed.
 */
export async function callOkByName(
  database: Database,
  fn: string,
  action: string,
  data: unknown = {},
  options: CallOptions = {},
): Promise<any> {
  const answer = await call(database, fn, action, data, options)
  if (!answer.body.ok) throw new Error(`${fn}.${action} failed: ${JSON.stringify(answer.body.error)}`)
  return answer.body.data
}
