import { AppError } from '@/domain/errors'
import type { FunctionName } from '@/domain/envelope'
import { callCloud, setTransport, type CallOptions } from './cloud'
import { setIdentityProvider, setSessionKeeper, type Identity } from './identity'
import type { Transport, TransportRequest } from './transport-types'

// The real H5 transport imports @tarojs/taro, which does not load under node; every test
// installs its own fake with setTransport.
jest.mock('./transport.h5', () => ({ transport: jest.fn() }))

/**
 * callCloud without the contract's types, for the cases that loop over several actions or send
 * a partial payload on purpose: they test the transport, and the fake cloud never reads data.
 */
const callAnyAction = callCloud as (fn: FunctionName, action: string, data?: Record<string, unknown>, options?: CallOptions) => Promise<unknown>

const offline = () => new Error('request:fail timeout')

let requests: TransportRequest[]
let delays: number[]

/** A transport that answers (or fails) in turn with what it was given, repeating the last. */
function answering(...answers: Array<unknown | Error>): Transport {
  return async (request) => {
    requests.push(request)
    const answer = answers[Math.min(requests.length - 1, answers.length - 1)]
    if (answer instanceof Error) throw answer
    return answer
  }
}

function install(transport: Transport) {
  setTransport(transport, async (ms) => {
    delays.push(ms)
  })
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    return error as AppError
  }
  throw new Error('expected the call to fail')
}

beforeEach(() => {
  requests = []
  delays = []
  setIdentityProvider(() => ({}))
  setSessionKeeper(null)
})

describe('the request', () => {
  it('carries the function, action, data and the current identity', async () => {
    install(answering({ ok: true, data: null }))
    setIdentityProvider(() => ({ devOpenid: 'buyer-1', token: 'tok' }))
    await callCloud('catalog', 'getProduct', { productId: 'p1' })
    expect(requests).toEqual([
      { fn: 'catalog', action: 'getProduct', data: { productId: 'p1' }, identity: { devOpenid: 'buyer-1', token: 'tok' } },
    ])
  })

  it('reads the identity at call time', async () => {
    install(answering({ ok: true, data: null }))
    let openid = 'a'
    setIdentityProvider(() => ({ devOpenid: openid }))
    await callCloud('auth', 'me')
    openid = 'b'
    await callCloud('auth', 'me')
    expect(requests.map((r) => r.identity.devOpenid)).toEqual(['a', 'b'])
  })

  it('sends {} when no data is given', async () => {
    install(answering({ ok: true, data: null }))
    await callCloud('auth', 'logout')
    expect(requests[0].data).toEqual({})
  })
})

describe('the answer', () => {
  it('is the data of { ok: true }', async () => {
    install(answering({ ok: true, data: { id: 'p1', title: '马克杯' } }))
    await expect(callCloud('catalog', 'getProduct', { productId: 'p1' })).resolves.toEqual({ id: 'p1', title: '马克杯' })
  })

  it('becomes an AppError with the wire code, message and details on { ok: false }', async () => {
    install(answering({ ok: false, error: { code: 'OUT_OF_STOCK', message: '红色 M 库存不足', details: { skuId: 'k1' } } }))
    const error = await failure(callAnyAction('order', 'create', { idempotencyKey: 'k' }))
    expect(error.code).toBe('OUT_OF_STOCK')
    expect(error.message).toBe('红色 M 库存不足')
    expect(error.details).toEqual({ skuId: 'k1' })
  })

  it('is not retried when the cloud answered with a failure, even for a read', async () => {
    install(answering({ ok: false, error: { code: 'INTERNAL', message: '出错了' } }))
    const error = await failure(callCloud('catalog', 'getProduct', { productId: 'p1' }))
    expect(error.code).toBe('INTERNAL')
    expect(error.message).toBe('出错了')
    expect(requests).toHaveLength(1)
  })

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['an HTML error page', '<html>502 Bad Gateway</html>'],
    ['an object without ok', { data: 1 }],
    ['an error that is a string', { ok: false, error: 'boom' }],
    ['a code outside the contract', { ok: false, error: { code: 'TEAPOT', message: 'x' } }],
  ])('is INTERNAL when it is unrecognisable: %s', async (_why, raw) => {
    install(answering(raw))
    const error = await failure(callCloud('catalog', 'getStore', { storeId: 's1' }))
    expect(error.code).toBe('INTERNAL')
    expect(requests).toHaveLength(1)
  })
})

describe('network failures', () => {
  it.each([
    ['catalog', 'getProduct'],
    ['catalog', 'listProducts'],
    ['catalog', 'search'],
    ['order', 'quote'],
    ['auth', 'me'],
    ['merchant', 'stats'],
  ] as const)('retries the read %s.%s twice, then throws NETWORK_FAILED', async (fn, action) => {
    install(answering(offline()))
    const error = await failure(callAnyAction(fn, action, {}))
    expect(error.code).toBe('NETWORK_FAILED')
    expect(error.message).toBe('网络不给力，请检查网络后重试')
    expect(requests).toHaveLength(3)
  })

  it('waits longer before each retry', async () => {
    install(answering(offline()))
    await failure(callCloud('catalog', 'listProducts', {}))
    expect(delays).toEqual([300, 600])
  })

  it('returns the data when a retry gets through', async () => {
    install(answering(offline(), offline(), { ok: true, data: { items: [], nextCursor: null } }))
    await expect(callCloud('catalog', 'listProducts', {})).resolves.toEqual({ items: [], nextCursor: null })
    expect(requests).toHaveLength(3)
  })

  it.each([
    ['order', 'create', { storeId: 's1' }],
    ['order', 'cancel', { orderId: 'o1' }],
    ['order', 'pay', { orderId: 'o1' }],
    ['live', 'like', { roomId: 'r1' }],
  ] as const)('does not repeat the write %s.%s without an idempotency key', async (fn, action, data) => {
    install(answering(offline(), { ok: true, data: null }))
    const error = await failure(callAnyAction(fn, action, { ...data }))
    expect(error.code).toBe('NETWORK_FAILED')
    expect(requests).toHaveLength(1)
    expect(delays).toEqual([])
  })

  it('retries a write that carries an idempotency key', async () => {
    install(answering(offline()))
    const error = await failure(callAnyAction('order', 'create', { storeId: 's1', idempotencyKey: 'key-1' }))
    expect(error.code).toBe('NETWORK_FAILED')
    expect(requests).toHaveLength(3)
    expect(requests.every((r) => r.data.idempotencyKey === 'key-1')).toBe(true)
  })

  it('lets the caller choose the number of retries', async () => {
    install(answering(offline()))
    await failure(callCloud('order', 'cancel', { orderId: 'o1' }, { retries: 1 }))
    expect(requests).toHaveLength(2)

    requests = []
    await failure(callCloud('catalog', 'getProduct', { productId: 'p1' }, { retries: 0 }))
    expect(requests).toHaveLength(1)
  })

  it('keeps what went wrong in the details', async () => {
    install(answering(offline()))
    const error = await failure(callAnyAction('order', 'create', {}))
    expect(error.details).toEqual({ cause: 'request:fail timeout' })
  })

  it('reads the errMsg of a WeChat failure object', async () => {
    install(async (request) => {
      requests.push(request)
      throw { errMsg: 'cloud.callFunction:fail timeout' }
    })
    const error = await failure(callAnyAction('order', 'create', {}))
    expect(error.details).toEqual({ cause: 'cloud.callFunction:fail timeout' })
  })
})

describe('the session', () => {
  /** A keeper whose session is `token`; renewing swaps in `fresh` (or fails when null). */
  function keeper(initial: string | null, fresh: string | null) {
    let token = initial
    const log: string[] = []
    setIdentityProvider(() => (token ? { token } : {}))
    setSessionKeeper({
      async ready() {
        log.push('ready')
      },
      async renew(rejected: Identity) {
        log.push(`renew ${rejected.token}`)
        token = fresh
        return fresh !== null
      },
    })
    return log
  }

  const refused = { ok: false, error: { code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录' } }

  it('is made ready before the call goes out', async () => {
    const log = keeper('t1', null)
    install(async (request) => {
      log.push(`send ${request.fn}.${request.action}`)
      requests.push(request)
      return { ok: true, data: null }
    })
    await callCloud('address', 'list')
    expect(log).toEqual(['ready', 'send address.list'])
  })

  it('is handed auth.login, which goes out anonymously without waiting for itself', async () => {
    let token: string | null = null
    setIdentityProvider(() => (token ? { token } : {}))
    setSessionKeeper({
      async ready(login) {
        if (!token) token = (await login('dev:shopper-x')).token
      },
      renew: async () => false,
    })
    install(async (request) => {
      requests.push(request)
      return { ok: true, data: request.action === 'login' ? { token: 't1', expiresAt: '2030-01-01T00:00:00.000Z' } : null }
    })
    await callCloud('address', 'list')
    expect(requests.map((r) => [`${r.fn}.${r.action}`, r.data, r.identity])).toEqual([
      ['auth.login', { code: 'dev:shopper-x' }, {}],
      ['address.list', {}, { token: 't1' }],
    ])
  })

  it('is not awaited by an anonymous call (auth.login makes the session)', async () => {
    const log = keeper(null, null)
    install(answering({ ok: true, data: null }))
    await callCloud('auth', 'login', { code: 'c' }, { anonymous: true })
    expect(log).toEqual([])
  })

  it('is renewed once when the cloud refuses its token, and the call is sent again with the new one', async () => {
    const log = keeper('old', 'new')
    install(answering(refused, { ok: true, data: { id: 'a1' } }))
    await expect(callAnyAction('address', 'save', { userName: '张三' })).resolves.toEqual({ id: 'a1' })
    expect(requests.map((r) => r.identity.token)).toEqual(['old', 'new'])
    expect(log).toEqual(['ready', 'renew old'])
  })

  it('gives up with UNAUTHENTICATED when renewing fails or is refused again', async () => {
    keeper('old', null)
    install(answering(refused))
    expect((await failure(callCloud('auth', 'me'))).code).toBe('UNAUTHENTICATED')
    expect(requests).toHaveLength(1)

    requests = []
    keeper('old', 'newer')
    install(answering(refused))
    expect((await failure(callCloud('auth', 'me'))).code).toBe('UNAUTHENTICATED')
    expect(requests.map((r) => r.identity.token)).toEqual(['old', 'newer'])
  })

  it('is not renewed when the call carried no token (nothing to renew: the caller must log in)', async () => {
    const log = keeper(null, 'new')
    install(answering(refused))
    expect((await failure(callCloud('address', 'list'))).code).toBe('UNAUTHENTICATED')
    expect(log).toEqual(['ready'])
  })
})
