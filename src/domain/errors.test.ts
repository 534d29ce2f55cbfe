import {
  AppError,
  DEFAULT_MESSAGES,
  ERROR_CODES,
  appErrorFromWire,
  httpStatusOf,
  isWireErrorCode,
  messageOf,
  type ErrorCode,
} from './errors'

// The contract of DESIGN.md sections 3 and 3b, written out so a rename or a removal fails here.
const CONTRACT_CODES = [
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
  'CONFLICT',
  'JIELONG_CLOSED',
  'COUPON_UNAVAILABLE',
]

const CJK = /[\u4e00-\u9fff]/

describe('the wire error codes are the contract of DESIGN.md section 3', () => {
  it('lists exactly the contract codes, in order', () => {
    expect([...ERROR_CODES]).toEqual(CONTRACT_CODES)
  })

  it('keeps the client-only NETWORK_FAILED off the wire list', () => {
    expect(isWireErrorCode('NETWORK_FAILED')).toBe(false)
    expect(isWireErrorCode('NOT_FOUND')).toBe(true)
    expect(isWireErrorCode('not_found')).toBe(false)
    expect(isWireErrorCode(404)).toBe(false)
  })
})

describe('AppError messages default to Chinese text for its code', () => {
  it.each([...ERROR_CODES, 'NETWORK_FAILED'] as ErrorCode[])('%s has a Chinese default message', (code) => {
    const error = new AppError(code)
    expect(error.message).toBe(DEFAULT_MESSAGES[code])
    expect(error.message).toMatch(CJK)
  })

  it('uses specific default texts', () => {
    expect(new AppError('UNAUTHENTICATED').message).toBe('请先登录')
    expect(new AppError('OUT_OF_STOCK').message).toBe('库存不足')
    expect(new AppError('NETWORK_FAILED').message).toBe('网络不给力，请检查网络后重试')
  })

  it('keeps a message of its own, and treats an empty one as none', () => {
    expect(new AppError('NOT_FOUND', '商品已下架').message).toBe('商品已下架')
    expect(new AppError('NOT_FOUND', '').message).toBe(DEFAULT_MESSAGES.NOT_FOUND)
  })

  it('is an Error named AppError carrying code and details', () => {
    const error = new AppError('OUT_OF_STOCK', undefined, { skuId: 'k1' })
    expect(error).toBeInstanceOf(Error)
    expect(error).toBeInstanceOf(AppError)
    expect(error.name).toBe('AppError')
    expect(error.code).toBe('OUT_OF_STOCK')
    expect(error.details).toEqual({ skuId: 'k1' })
  })
})

describe('toWire', () => {
  it('sends code and message, and details only when there are some', () => {
    expect(new AppError('FORBIDDEN', '不是你的店铺').toWire()).toStrictEqual({ code: 'FORBIDDEN', message: '不是你的店铺' })
    expect(new AppError('PRICE_CHANGED', undefined, { total: 1290 }).toWire()).toStrictEqual({
      code: 'PRICE_CHANGED',
      message: DEFAULT_MESSAGES.PRICE_CHANGED,
      details: { total: 1290 },
    })
  })

  it('never puts NETWORK_FAILED on the wire as itself: it travels as INTERNAL', () => {
    const wire = new AppError('NETWORK_FAILED').toWire()
    expect(wire.code).toBe('INTERNAL')
    expect(isWireErrorCode(wire.code)).toBe(true)
  })
})

describe('retryable: repeating the same call may succeed', () => {
  const retryable: ErrorCode[] = ['NETWORK_FAILED', 'INTERNAL', 'RATE_LIMITED']

  it.each(retryable)('%s is retryable', (code) => {
    expect(new AppError(code).retryable).toBe(true)
  })

  it.each(ERROR_CODES.filter((code) => !retryable.includes(code)))('%s is not retryable', (code) => {
    expect(new AppError(code).retryable).toBe(false)
  })
})

describe('httpStatusOf: 4xx for every failure but INTERNAL, which is 500', () => {
  it.each(ERROR_CODES.filter((code) => code !== 'INTERNAL'))('%s is a 4xx', (code) => {
    const status = httpStatusOf(code)
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
  })

  it('INTERNAL is 500', () => {
    expect(httpStatusOf('INTERNAL')).toBe(500)
  })

  it('uses the usual statuses for authentication, permission, absence and rate limits', () => {
    expect(httpStatusOf('VALIDATION_FAILED')).toBe(400)
    expect(httpStatusOf('UNAUTHENTICATED')).toBe(401)
    expect(httpStatusOf('FORBIDDEN')).toBe(403)
    expect(httpStatusOf('NOT_FOUND')).toBe(404)
    expect(httpStatusOf('RATE_LIMITED')).toBe(429)
  })
})

describe('appErrorFromWire', () => {
  it('rebuilds a valid wire error with its code, message and details', () => {
    const error = appErrorFromWire({ code: 'OUT_OF_STOCK', message: '红色 M 库存不足', details: { skuId: 'k2' } })
    expect(error).toBeInstanceOf(AppError)
    expect(error.code).toBe('OUT_OF_STOCK')
    expect(error.message).toBe('红色 M 库存不足')
    expect(error.details).toEqual({ skuId: 'k2' })
  })

  it('round-trips what toWire produced', () => {
    const original = new AppError('ORDER_STATE', '订单已发货', { status: 'shipped' })
    const back = appErrorFromWire(JSON.parse(JSON.stringify(original.toWire())))
    expect(back.code).toBe('ORDER_STATE')
    expect(back.message).toBe('订单已发货')
    expect(back.details).toEqual({ status: 'shipped' })
  })

  it('falls back to the default message when the message is missing or not a string', () => {
    expect(appErrorFromWire({ code: 'NOT_FOUND' }).message).toBe(DEFAULT_MESSAGES.NOT_FOUND)
    expect(appErrorFromWire({ code: 'NOT_FOUND', message: 42 }).message).toBe(DEFAULT_MESSAGES.NOT_FOUND)
  })

  it.each(['TEAPOT', 'NETWORK_FAILED', 'not_found', undefined])('turns unknown code %p into INTERNAL', (code) => {
    const error = appErrorFromWire({ code, message: 'whatever' })
    expect(error.code).toBe('INTERNAL')
    expect(error.message).toBe(DEFAULT_MESSAGES.INTERNAL)
  })

  it.each([null, undefined, 'boom', 42, true, [], ['NOT_FOUND']])('turns garbage %p into INTERNAL', (garbage) => {
    const error = appErrorFromWire(garbage)
    expect(error).toBeInstanceOf(AppError)
    expect(error.code).toBe('INTERNAL')
    expect(error.message).toBe(DEFAULT_MESSAGES.INTERNAL)
  })
})

describe('messageOf', () => {
  it("shows an AppError's own message", () => {
    expect(messageOf(new AppError('OUT_OF_STOCK', '红色 M 库存不足'), '下单失败')).toBe('红色 M 库存不足')
  })

  it('falls back for anything we did not throw ourselves, never showing its text', () => {
    expect(messageOf(new TypeError('x is undefined'), '下单失败')).toBe('下单失败')
    expect(messageOf('boom', '下单失败')).toBe('下单失败')
  })
})
