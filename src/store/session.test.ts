// The session store with the real callCloud and a fake transport at the network boundary:
// a development H5 build sends its picked identity; a production one has none and hands off
// every call that needs one to the Mini Program (the hand-off sheet).
import type { TransportRequest } from '@/services/transport-types'

jest.mock('@/services/transport.h5', () => ({ transport: jest.fn() }))
const mockOpenSheet = jest.fn(async () => undefined)
jest.mock('@/components/handoff-sheet', () => ({ openHandoffSheet: mockOpenSheet }))

const mockStorage = new Map<string, string>()
jest.mock('./taro-storage', () => ({
  taroStorage: {
    getItem: (name: string) => mockStorage.get(name) ?? null,
    setItem: (name: string, value: string) => void mockStorage.set(name, value),
    removeItem: (name: string) => void mockStorage.delete(name),
  },
}))

type Modules = { session: typeof import('./session'); cloud: typeof import('@/services/cloud') }

/** Loads fresh copies of the store and the service as a build with this setting would. */
function load(devIdentity: 'off' | undefined): Modules {
  const before = process.env.TARO_APP_DEV_IDENTITY
  if (devIdentity) process.env.TARO_APP_DEV_IDENTITY = devIdentity
  else delete process.env.TARO_APP_DEV_IDENTITY
  let modules: Modules | undefined
  jest.isolateModules(() => {
    modules = { session: require('./session'), cloud: require('@/services/cloud') }
  })
  if (before === undefined) delete process.env.TARO_APP_DEV_IDENTITY
  else process.env.TARO_APP_DEV_IDENTITY = before
  return modules!
}

const inAMonth = () => new Date(Date.now() + 30 * 24 * 3600_000).toISOString()

/** A cloud that logs `dev:<id>` in with token `t<n>` and accepts only the latest token. */
function fakeCloud(modules: Modules) {
  const requests: TransportRequest[] = []
  let issued = 0
  let valid: string | null = null
  modules.cloud.setTransport(async (request) => {
    requests.push(request)
    if (request.fn === 'auth' && request.action === 'login') {
      valid = `t${++issued}`
      return { ok: true, data: { token: valid, expiresAt: inAMonth(), user: { openid: 'x', nickname: '', avatarUrl: '', stores: [] } } }
    }
    if (request.identity.token && request.identity.token !== valid) {
      return { ok: false, error: { code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录' } }
    }
    return { ok: true, data: { items: [] } }
  })
  return {
    requests,
    logins: () => requests.filter((r) => r.action === 'login'),
    revokeAll: () => {
      valid = null
    },
  }
}

beforeEach(() => mockStorage.clear())

describe('an H5 production build (TARO_APP_DEV_IDENTITY=off)', () => {
  it('never logs in and sends no identity: public reads go anonymous, no dev: code ever leaves', async () => {
    const modules = load('off')
    const cloud = fakeCloud(modules)
    await Promise.all([modules.cloud.callCloud('catalog', 'listProducts'), modules.cloud.callCloud('catalog', 'getProduct', { productId: 'p1' })])
    expect(cloud.logins()).toEqual([])
    expect(cloud.requests.map((r) => r.identity)).toEqual([{}, {}])
    expect(JSON.stringify(cloud.requests)).not.toContain('dev:')
  })

  it('hands off a call that needs identity instead of sending it: the sheet opens, nothing is sent', async () => {
    const modules = load('off')
    const cloud = fakeCloud(modules)
    await expect(modules.cloud.callCloud('order', 'quote', { storeId: 's1', items: [], delivery: 'pickup' })).rejects.toMatchObject({ code: 'HANDED_OFF' })
    await expect(modules.cloud.callCloud('coupon', 'claim', { couponId: 'c1' })).rejects.toMatchObject({ code: 'HANDED_OFF' })
    expect(cloud.requests).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(mockOpenSheet).toHaveBeenCalled()
  })

  it('forgets the device identity on logout, so the next login is someone new', () => {
    const { useSession } = load('off').session
    useSession.getState().setSession('t1', inAMonth())
    const before = useSession.getState().devOpenid
    useSession.getState().clearSession({ newDevice: true })
    expect(useSession.getState()).toMatchObject({ token: null, expiresAt: null })
    expect(useSession.getState().devOpenid).not.toBe(before)
  })
})

describe('an H5 development build', () => {
  it('sends the picked identity as x-openid and never logs in', async () => {
    const modules = load(undefined)
    const cloud = fakeCloud(modules)
    modules.session.useSession.getState().setDevOpenid('shopper-a')
    await modules.cloud.callCloud('address', 'list')
    expect(cloud.logins()).toHaveLength(0)
    expect(cloud.requests[0].identity).toEqual({ devOpenid: 'shopper-a' })
  })

  it('keeps the identity stored by the first version of the store', () => {
    mockStorage.set('xiaodian.session', JSON.stringify({ state: { devOpenid: 'shopper-b' }, version: 1 }))
    const { useSession } = load(undefined).session
    expect(useSession.getState()).toMatchObject({ devOpenid: 'shopper-b', token: null, expiresAt: null })
  })
})
