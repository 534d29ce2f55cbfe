// The one error type that crosses every boundary, as data: operations throw it, cloud entries
// serialise it, the app's service turns the wire form back into it, pages show its message.

/** Codes of DESIGN.md section 3. Extend, never rename: other parts and checks rely on them. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'OUT_OF_STOCK',
  'PRICE_CHANGED',
  'ORDER_STATE',
  'IDEMPOTENCY_MISMATCH',
  'CONTENT_RISKY',
  'RATE_LIMITED',
  'INTERNAL',
  // The thing changed since the caller read it (DESIGN.md 3b).
  'CONFLICT',
  // 接龙: past its end time or closed by the merchant.
  'JIELONG_CLOSED',
  // The coupon is sold out, expired, not for this shopper or order, or already used.
  'COUPON_UNAVAILABLE',
] as const

export type WireErrorCode = (typeof ERROR_CODES)[number]

/**
 * Raised only on the app side when the cloud could not be reached at all; it never
 * travels on the wire, so the contract's list stays as it is.
 */
export type ClientErrorCode = 'NETWORK_FAILED' | 'HANDED_OFF'

export type ErrorCode = WireErrorCode | ClientErrorCode

const HTTP_STATUS: Record<WireErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  OUT_OF_STOCK: 409,
  PRICE_CHANGED: 409,
  ORDER_STATE: 409,
  IDEMPOTENCY_MISMATCH: 409,
  CONTENT_RISKY: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  CONFLICT: 409,
  JIELONG_CLOSED: 409,
  COUPON_UNAVAILABLE: 409,
}

/** What a person reads when an operation gave no message of its own. */
export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION_FAILED: '填写的内容有误，请检查后重试',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限进行此操作',
  NOT_FOUND: '内容不存在或已下架',
  OUT_OF_STOCK: '库存不足',
  PRICE_CHANGED: '商品价格有变动，请确认新的金额',
  ORDER_STATE: '订单状态已变化，请刷新后重试',
  IDEMPOTENCY_MISMATCH: '重复提交的内容不一致，请重新下单',
  CONTENT_RISKY: '内容含有不当信息，请修改后再发布',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  INTERNAL: '服务开小差了，请稍后重试',
  CONFLICT: '内容已被修改，请刷新后再试',
  JIELONG_CLOSED: '接龙已结束，不能再参加',
  COUPON_UNAVAILABLE: '优惠券不可用',
  NETWORK_FAILED: '网络不给力，请检查网络后重试',
  // The web build has no identity: the action continues in the Mini Program (the hand-off sheet).
  HANDED_OFF: '请在微信中继续',
}

export type ErrorDetails = Record<string, unknown>

export interface WireError {
  code: WireErrorCode
  message: string
  details?: ErrorDetails
}

export class AppError extends Error {
  readonly code: ErrorCode
  readonly details?: ErrorDetails

  constructor(code: ErrorCode, message?: string, details?: ErrorDetails) {
    super(message || DEFAULT_MESSAGES[code])
    this.name = 'AppError'
    this.code = code
    this.details = details
  }

  /** True when repeating the same call may succeed without the person changing anything. */
  get retryable(): boolean {
    return this.code === 'NETWORK_FAILED' || this.code === 'INTERNAL' || this.code === 'RATE_LIMITED'
  }

  toWire(): WireError {
    const code: WireErrorCode = this.code === 'NETWORK_FAILED' ? 'INTERNAL' : this.code === 'HANDED_OFF' ? 'UNAUTHENTICATED' : this.code
    return this.details === undefined
      ? { code, message: this.message }
      : { code, message: this.message, details: this.details }
  }
}

export function isWireErrorCode(value: unknown): value is WireErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value)
}

export function httpStatusOf(code: WireErrorCode): number {
  return HTTP_STATUS[code]
}

/** Rebuilds an AppError from whatever arrived as an error; unknown shapes become INTERNAL. */
export function appErrorFromWire(error: unknown): AppError {
  if (error && typeof error === 'object') {
    const { code, message, details } = error as Partial<WireError>
    if (isWireErrorCode(code)) {
      return new AppError(code, typeof message === 'string' ? message : undefined, details)
    }
  }
  return new AppError('INTERNAL')
}

/** What to tell the person: an AppError's own message, else `fallback` (something we did not foresee). */
export function messageOf(error: unknown, fallback: string): string {
  return error instanceof AppError ? error.message : fallback
}
