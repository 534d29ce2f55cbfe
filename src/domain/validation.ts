// Shared zod pieces for wire payloads and a Chinese rendering of their failures.
import { z } from 'zod'
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './envelope'
import { text } from './text-schema'

/** Ids are short opaque strings; anything longer or stranger is refused before the database. */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'id 格式不正确')

/** Cursors are opaque to clients; the server alone knows their inside. */
export const cursorSchema = text({ max: 64 }).nullish()

export const limitSchema = z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE)

export interface FieldIssue {
  path: string
  message: string
}

const zhErrorMap: z.ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      return { message: issue.received === 'undefined' ? '必填' : `类型不正确，应为 ${issue.expected}` }
    case z.ZodIssueCode.too_small:
      return { message: issue.type === 'string' ? `至少 ${issue.minimum} 个字` : `不能小于 ${issue.minimum}` }
    case z.ZodIssueCode.too_big:
      return { message: issue.type === 'string' ? `最多 ${issue.maximum} 个字` : `不能大于 ${issue.maximum}` }
    case z.ZodIssueCode.unrecognized_keys:
      return { message: `不支持的字段：${issue.keys.join('、')}` }
    case z.ZodIssueCode.invalid_enum_value:
      return { message: `取值应为 ${issue.options.join(' / ')}` }
    default:
      return { message: ctx.defaultError }
  }
}

/** Parses with Chinese messages; returns the field issues instead of throwing. */
export function parseWith<S extends z.ZodTypeAny>(
  schema: S,
  value: unknown,
): { ok: true; value: z.output<S> } | { ok: false; issues: FieldIssue[] } {
  const result = schema.safeParse(value, { errorMap: zhErrorMap })
  if (result.success) return { ok: true, value: result.data }
  return {
    ok: false,
    issues: result.error.issues.slice(0, 20).map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    })),
  }
}

export function describeIssues(issues: readonly FieldIssue[]): string {
  const first = issues[0]
  if (!first) return '参数不正确'
  return first.path ? `参数不正确：${first.path} ${first.message}` : `参数不正确：${first.message}`
}
