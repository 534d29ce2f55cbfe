// The single path every call takes, over HTTP or inside WeChat: check the envelope, find the
// action, validate its input, check access, run it, and answer with the wire envelope.
import { AppError, httpStatusOf, type WireError } from '../src/domain/errors'
import { isFunctionName, type ResponseEnvelope } from '../src/domain/envelope'
import { requestEnvelopeSchema } from '../src/domain/envelope-schema'
import { describeIssues, parseWith } from '../src/domain/validation'
import type { Ctx } from './context'
import { hitRateLimit, writeBudgetKey } from './limits/rate-limit'
import type { FunctionTable } from './operation'

export type Registry = Partial<Record<string, FunctionTable>>

export interface Answer {
  status: number
  body: ResponseEnvelope
}

export async function dispatch(
  registry: Registry,
  functionName: string,
  envelope: unknown,
  ctx: Ctx,
): Promise<Answer> {
  try {
    const data = await run(registry, functionName, envelope, ctx)
    return { status: 200, body: { ok: true, data } }
  } catch (error) {
    return failure(error, functionName)
  }
}

async function run(registry: Registry, functionName: string, envelope: unknown, ctx: Ctx): Promise<unknown> {
  const table = isFunctionName(functionName) ? registry[functionName] : undefined
  if (!table) throw new AppError('NOT_FOUND', `云函数不存在：${functionName.slice(0, 64)}`)

  const parsed = parseWith(requestEnvelopeSchema, envelope)
  if (!parsed.ok) throw new AppError('VALIDATION_FAILED', describeIssues(parsed.issues), { issues: parsed.issues })
  const { action, data } = parsed.value

  const operation = Object.prototype.hasOwnProperty.call(table, action) ? table[action] : undefined
  if (!operation) throw new AppError('VALIDATION_FAILED', `未知的操作：${functionName}.${action}`, { action })

  if (operation.access === 'platform' && ctx.caller !== 'platform') {
    throw new AppError('FORBIDDEN', '该操作只能由平台调用')
  }
  if (operation.access === 'user' && !ctx.identity && ctx.caller !== 'platform') {
    throw new AppError('UNAUTHENTICATED')
  }

  const input = parseWith(operation.input, data)
  if (!input.ok) throw new AppError('VALIDATION_FAILED', describeIssues(input.issues), { issues: input.issues })
  // Counted after validation, so malformed calls (which change nothing) leave no trace either.
  // An operation that folds the count into its own write counts it there, under the same key.
  if (operation.rateLimit && !operation.foldsRateLimit && ctx.identity && ctx.caller !== 'platform') {
    await hitRateLimit(ctx.db, writeBudgetKey(functionName, ctx.identity.openid), operation.rateLimit, ctx.now())
  }
  return operation.run({ ...ctx, action: `${functionName}.${action}` }, input.value)
}

function failure(error: unknown, functionName: string): Answer {
  if (error instanceof AppError) {
    const wire: WireError = error.toWire()
    return { status: httpStatusOf(wire.code), body: { ok: false, error: wire } }
  }
  // Anything else is our bug: log it whole, tell the caller nothing about our insides.
  console.error(`[cloud] ${functionName} failed:`, error)
  const wire = new AppError('INTERNAL').toWire()
  return { status: 500, body: { ok: false, error: wire } }
}
