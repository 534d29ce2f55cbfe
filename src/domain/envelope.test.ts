import { DEFAULT_PAGE_SIZE, FUNCTION_NAMES, MAX_PAGE_SIZE, isFunctionName, isResponseEnvelope } from './envelope'
// The request schema lives apart so zod stays out of the storefront bundle; it is the same contract.
import { requestEnvelopeSchema } from './envelope-schema'

describe('FUNCTION_NAMES are the functions of DESIGN.md section 3', () => {
  it('lists exactly the contract functions', () => {
    expect([...FUNCTION_NAMES]).toEqual([
      'catalog',
      'order',
      'payment',
      'live',
      'entry',
      'merchant',
      'review',
      'timer',
      'post',
      'auth',
      'address',
      'jielong',
      'chat',
  // The shopper's side of coupons (DESIGN.md 3b).
  'coupon',
    ])
  })

  it('recognises only those names', () => {
    expect(isFunctionName('catalog')).toBe(true)
    expect(isFunctionName('address')).toBe(true)
    expect(isFunctionName('Catalog')).toBe(false)
    expect(isFunctionName('admin')).toBe(false)
    expect(isFunctionName('')).toBe(false)
  })
})

describe('requestEnvelopeSchema: { action, data }', () => {
  it('accepts an action with its data', () => {
    expect(requestEnvelopeSchema.parse({ action: 'getStore', data: { storeId: 's1' } })).toEqual({
      action: 'getStore',
      data: { storeId: 's1' },
    })
  })

  it('defaults missing data to {}', () => {
    expect(requestEnvelopeSchema.parse({ action: 'me' })).toEqual({ action: 'me', data: {} })
    expect(requestEnvelopeSchema.parse({ action: 'me', data: undefined })).toEqual({ action: 'me', data: {} })
  })

  it('drops unknown top-level keys such as the userInfo WeChat adds', () => {
    const parsed = requestEnvelopeSchema.parse({
      action: 'list',
      data: { limit: 10 },
      userInfo: { appId: 'wx1', openId: 'o1' },
    })
    expect(parsed).toStrictEqual({ action: 'list', data: { limit: 10 } })
    expect(parsed).not.toHaveProperty('userInfo')
  })

  it('accepts an action of 64 characters', () => {
    expect(requestEnvelopeSchema.safeParse({ action: 'a'.repeat(64) }).success).toBe(true)
  })

  it.each([
    ['missing', {}],
    ['empty', { action: '' }],
    ['over 64 characters', { action: 'a'.repeat(65) }],
    ['with a dash', { action: 'get-store' }],
    ['with a space', { action: 'get store' }],
    ['with a dot', { action: 'order.create' }],
    ['starting with a digit', { action: '1get' }],
    ['with a trailing newline', { action: 'getStore\n' }],
    ['not Latin', { action: '下单' }],
    ['not a string', { action: 42 }],
  ])('refuses an action %s', (_why, input) => {
    expect(requestEnvelopeSchema.safeParse(input).success).toBe(false)
  })

  it.each([
    ['an array', []],
    ['a string', 'storeId=s1'],
    ['null', null],
    ['a number', 7],
  ])('refuses data that is %s', (_why, data) => {
    expect(requestEnvelopeSchema.safeParse({ action: 'getStore', data }).success).toBe(false)
  })

  it.each([null, undefined, 'getStore', []])('refuses %p as an envelope', (input) => {
    expect(requestEnvelopeSchema.safeParse(input).success).toBe(false)
  })
})

describe('isResponseEnvelope: { ok: true, data } or { ok: false, error: { code, message } }', () => {
  it.each([
    ['a success with data', { ok: true, data: { id: 'p1' } }],
    ['a success with null data', { ok: true, data: null }],
    ['a failure with a contract code and a message', { ok: false, error: { code: 'NOT_FOUND', message: '不存在' } }],
    ['a failure with details', { ok: false, error: { code: 'PRICE_CHANGED', message: '价格变了', details: { total: 100 } } }],
  ])('accepts %s', (_why, input) => {
    expect(isResponseEnvelope(input)).toBe(true)
  })

  it.each([
    ['a success without data', { ok: true }],
    ['a code outside the contract', { ok: false, error: { code: 'NETWORK_FAILED', message: 'x' } }],
    ['an error without message', { ok: false, error: { code: 'NOT_FOUND' } }],
    ['an error whose message is not a string', { ok: false, error: { code: 'NOT_FOUND', message: 404 } }],
    ['an error that is a string', { ok: false, error: 'boom' }],
    ['a failure without error', { ok: false }],
    ['ok that is not a boolean', { ok: 'yes', data: 1 }],
    ['no ok at all', { data: 1 }],
    ['null', null],
    ['undefined', undefined],
    ['an array', []],
    ['an HTML page', '<html>502 Bad Gateway</html>'],
  ])('refuses %s', (_why, input) => {
    expect(isResponseEnvelope(input)).toBe(false)
  })
})

describe('page sizes', () => {
  it('default to 20 and cap at 50', () => {
    expect(DEFAULT_PAGE_SIZE).toBe(20)
    expect(MAX_PAGE_SIZE).toBe(50)
  })
})
