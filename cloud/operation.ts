// One business operation: the schema of its input, who may call it, and what it does.
import type { z } from 'zod'
import { AppError } from '../src/domain/errors'
import type { Ctx } from './context'
import type { RateLimit } from './limits/rate-limit'

/**
 * public: anyone, including anonymous single-page-mode visitors (read-only catalog);
 * user: a known identity; platform: only WeChat triggers and in-process calls, never a user.
 */
export type Access = 'public' | 'user' | 'platform'

export interface Operation<S extends z.ZodTypeAny = z.ZodTypeAny, O = unknown> {
  input: S
  access: Access
  /**
   * Operations that write on a person's behalf declare their budget (usually WRITES): dispatch
   * counts the call per identity and function before running it, and answers RATE_LIMITED
   * beyond it. Reads declare nothing and cost nothing extra.
   */
  rateLimit?: RateLimit
  /**
   * The operation counts rateLimit itself, exactly once per call dispatched to it and under
   * dispatch's key (writeBudgetKey), because it records the hit in the same statement as its
   * write (order.create's fast path: one round trip fewer). Dispatch then does not count it.
   */
  foldsRateLimit?: boolean
  run(ctx: Ctx, input: z.output<S>): Promise<O>
}

export function defineOperation<S extends z.ZodTypeAny, O>(operation: Operation<S, O>): Operation<S, O> {
  return operation
}

/** A cloud function: its actions by name. */
export type FunctionTable = Record<string, Operation<any, any>>

/** The caller's OPENID, or UNAUTHENTICATED when the operation was reached anonymously. */
export function requireOpenid(ctx: Ctx): string {
  if (!ctx.identity) throw new AppError('UNAUTHENTICATED')
  return ctx.identity.openid
}
