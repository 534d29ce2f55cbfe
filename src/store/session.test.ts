// The session store with the real callCloud and a fake transport at the network boundary:
// a production H5 build logs in on first use, sends its token, and renews it when refused.
import type { TransportRequest } from '@/services/transport-types'

jest.mock('@/services/transport.h5', () => ({ transport: jest.fn() }))

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
  modules.cloud.useTransport(async (request) => {
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
  it('logs in once on first use with the device id, then sends the token and no x-openid', async () => {
    const modules = load('off')
    const cloud = fakeCloud(modules)
    const deviceId = modules.session.useSession.getState().devOpenid
    await Promise.all([modules.cloud.callCloud('address', 'list'), modules.cloud.callCloud('catalog', 'listProducts')])
    expect(cloud.logins()).toHaveLength(1)
    expect(cloud.logins()[0]).toMatchObject({ data: { code: `dev:${deviceId}` }, identity: {} })
    const others = cloud.requests.filter((r) => r.action !== 'login')
    expect(others.map((r) => r.identity)).toEqual([{ token: 't1' }, { token: 't1' }])
    // The token is kept on the device.
    expect(JSON.parse(mockStorage.get('xiaodian.session')!).state).toMatchObject({ token: 't1', devOpenid: deviceId })
  })

  it('logs in again, once, when the cloud refuses the token, and repeats the refused calls', async () => {
    const modules = load('off')
    const cloud = fakeCloud(modules)
    await modules.cloud.callCloud('address', 'list')
    cloud.revokeAll()
    await Promise.all([modules.cloud.callCloud('address', 'list'), modules.cloud.callCloud('auth', 'me')])
    expect(cloud.logins()).toHaveLength(2)
    const last = cloud.requests.slice(-2)
    expect(last.map((r) => r.identity.token)).toEqual(['t2', 't2'])
  })

  it('logs in before using an expired stored session', async () => {
    mockStorage.set('xiaodian.session', JSON.stringify({ state: { devOpenid: 'shopper-old', token: 'stale', expiresAt: new Date(Date.now() - 1000).toISOString() }, version: 2 }))
    const modules = load('off')
    const cloud = fakeCloud(modules)
    await modules.cloud.callCloud('auth', 'me')
    expect(cloud.logins()[0].data).toEqual({ code: 'dev:shopper-old' })
    expect(cloud.requests[1].identity).toEqual({ token: 't1' })
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
