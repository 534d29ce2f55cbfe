import type { RecordedVisit } from '@/domain/entry-wire'
import { recordVisit, type VisitReport } from '@/services/entry'
import { buildCustomParams, liveArrivalQuery } from '@/domain/live'
import { checkoutVisitId, currentEntry, recordEntry, recordLaunch, recordLiveArrival, recordShow, useEntry, visitReport } from './entry'
import { personalKey } from './personal-storage'
import { useSession } from './session'
import { taroStorage } from './taro-storage'

// The storage and the cloud are the boundaries: an in-memory storage and a recording
// recordVisit stand in for them. The fake answers like the cloud would: same codec, one
// visit per launch id.
jest.mock('./taro-storage', () => {
  const items = new Map<string, string>()
  return {
    taroStorage: {
      getItem: (name: string) => items.get(name) ?? null,
      setItem: (name: string, value: string) => void items.set(name, value),
      removeItem: (name: string) => void items.delete(name),
    },
  }
})

jest.mock('@/services/entry', () => {
  const { parseLaunch } = jest.requireActual('@/domain/entry-codec')
  return {
    recordVisit: jest.fn(async (report: any) => ({
      visitId: `v-${report.launchId}`,
      entry: parseLaunch(report, () => undefined),
      sharer: 'me-openid',
    })),
  }
})

const record = recordVisit as jest.MockedFunction<typeof recordVisit>
const HOUR = 3_600_000
const reports = () => record.mock.calls.map(([report]) => report as VisitReport)

beforeEach(() => {
  record.mockClear()
  useEntry.setState({ latest: null, credited: null, sharer: null, browseOnly: false })
  jest.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => jest.restoreAllMocks())

describe('recordLaunch', () => {
  it('reports the launch once with a fresh launch id and keeps the visit for checkout', async () => {
    await recordLaunch({ scene: 1194, path: 'pages/product/index', query: { id: 'p1', src: 'weibo', campaign: 'spring' } }, 0)
    expect(record).toHaveBeenCalledTimes(1)
    const [report] = reports()
    expect(report).toMatchObject({ scene: 1194, path: 'pages/product/index', query: { id: 'p1', src: 'weibo', campaign: 'spring' } })
    expect(report.launchId).toMatch(/^[A-Za-z0-9]{16}$/)
    expect(checkoutVisitId(HOUR)).toBe(`v-${report.launchId}`)
    expect(currentEntry(HOUR)).toMatchObject({ source: 'weibo', campaign: 'spring' })
    expect(useEntry.getState().sharer).toBe('me-openid')
  })

  it('gives every launch its own id', async () => {
    await recordLaunch({ scene: 1001 }, 0)
    await recordLaunch({ scene: 1001 }, 1)
    const [a, b] = reports()
    expect(a.launchId).not.toBe(b.launchId)
  })

  it('credits a later direct launch within 24 h to the earlier Weibo visit, and not after', async () => {
    await recordLaunch({ scene: 1194, path: 'pages/product/index', query: { id: 'p1', src: 'weibo' } }, 0)
    const weiboVisit = checkoutVisitId(0)
    await recordLaunch({ scene: 1001, path: 'pages/home/index' }, 2 * HOUR)
    expect(checkoutVisitId(3 * HOUR)).toBe(weiboVisit)
    expect(checkoutVisitId(25 * HOUR)).toBe(`v-${reports()[1].launchId}`)
  })

  it('sets single-page mode from scene 1154 only', async () => {
    await recordLaunch({ scene: 1154, path: 'pages/product/index', query: { id: 'p1' } })
    expect(useEntry.getState().browseOnly).toBe(true)
    expect(reports()[0].anonymousId).toBe(useEntry.getState().deviceId)
    await recordLaunch({ scene: 1155, path: 'pages/product/index', query: { id: 'p1' } })
    expect(useEntry.getState().browseOnly).toBe(false)
  })

  it('does not count the web landing page as a Mini Program visit', async () => {
    await recordLaunch({ path: 'packages/entry/pages/landing/index', query: { c: 'k1' } })
    expect(record).not.toHaveBeenCalled()
  })

  it('never throws when the cloud cannot be reached, and keeps the arrival without a visit', async () => {
    record.mockRejectedValueOnce(new Error('offline'))
    await expect(recordLaunch({ scene: 1007, query: { src: 'share' } }, 0)).resolves.toBeUndefined()
    expect(currentEntry(1)).toMatchObject({ source: 'share' })
    expect(checkoutVisitId(1)).toBeUndefined()
  })

  it('keeps a malformed code scene as a direct arrival, with a warning', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    await recordLaunch({ scene: 1047, query: { scene: '%E0%A4%A' } }, 0)
    expect(currentEntry(1)).toEqual({ source: 'direct', scene: 1047 })
    expect(warn).toHaveBeenCalled()
  })

  it('persists the arrivals but not single-page mode', async () => {
    await recordLaunch({ scene: 1154, query: { src: 'moments' } }, 0)
    const stored = JSON.parse(String(taroStorage.getItem(personalKey('xiaodian.entry', useSession.getState().devOpenid))))
    expect(stored.state.latest.entry.source).toBe('moments')
    expect(stored.state).not.toHaveProperty('browseOnly')
    expect(stored.state.deviceId).toMatch(/^[A-Za-z0-9]{24}$/)
  })
})

describe('recordShow (hot starts) and recordEntry (in-app arrivals)', () => {
  it('records a new non-direct entry once, and ignores a plain return to the foreground', async () => {
    await recordLaunch({ scene: 1001, path: 'pages/home/index' }, 0)
    await recordShow({ scene: 1001, path: 'pages/home/index' }, 1)
    await recordShow({ scene: 1089, path: 'pages/home/index' }, 2)
    expect(record).toHaveBeenCalledTimes(1)
    const scanned = { scene: 1047, path: 'pages/product/index', query: { scene: encodeURIComponent('p=p1&c=k1') } }
    await recordShow(scanned, 3)
    await recordShow(scanned, 4)
    expect(record).toHaveBeenCalledTimes(2)
    expect(currentEntry(5)).toMatchObject({ source: 'wxacode', productId: 'p1', code: 'k1' })
  })

  it('records entering a live room as a live arrival', async () => {
    await recordEntry({ path: 'packages/live/pages/index/index', query: { src: 'live', room: 'r1', storeId: 's1' } }, 0)
    expect(currentEntry(1)).toMatchObject({ source: 'live', roomId: 'r1', storeId: 's1' })
  })
})

describe('recordLiveArrival: a page opened from a live room records the arrival itself', () => {
  // As useLiveArrival calls it: with the page's query made plain by liveArrivalQuery.
  const arrive = (path: string, params: Record<string, string>, at: number) => recordLiveArrival(path, liveArrivalQuery(params)!, at)

  it('records a good opened from the room page once per room, and checkout credits the room', async () => {
    await recordLaunch({ scene: 1001, path: 'pages/home/index', query: { storeId: 's1' } }, 0)
    await arrive('/pages/product/index', { id: 'p1', src: 'live', room: 'r1' }, 1)
    expect(reports()[1]).toMatchObject({ path: 'pages/product/index', query: { id: 'p1', src: 'live', room: 'r1' } })
    expect(currentEntry(2)).toMatchObject({ source: 'live', roomId: 'r1', productId: 'p1' })
    expect(checkoutVisitId(2)).toBe(`v-${reports()[1].launchId}`)
    // Another good of the same room is the same arrival.
    await arrive('/pages/product/index', { id: 'p2', src: 'live', room: 'r1' }, 3)
    expect(record).toHaveBeenCalledTimes(2)
  })

  it('credits the room, the sharer and the campaign the live plugin handed over in custom_params', async () => {
    const custom_params = buildCustomParams({ roomId: 'r2', storeId: 's2', sharer: 'o-sharer', campaign: '上新' })
    await arrive('pages/product/index', { id: 'p2', custom_params }, 0)
    expect(reports()[0].query).not.toHaveProperty('custom_params')
    expect(currentEntry(1)).toMatchObject({ source: 'live', roomId: 'r2', storeId: 's2', productId: 'p2', sharer: 'o-sharer', campaign: '上新' })
  })

  it('does not count the page twice when its URL was the launch', async () => {
    await recordLaunch({ path: 'pages/product/index', query: { id: 'p3', src: 'live', room: 'r3' } }, 0)
    await arrive('/pages/product/index', { id: 'p3', src: 'live', room: 'r3' }, 1)
    expect(record).toHaveBeenCalledTimes(1)
  })
})

describe('visitReport: what the cloud accepts, whatever the platform handed over', () => {
  it('keeps strings, drops what recordVisit would refuse', () => {
    const report = visitReport(
      {
        scene: '1047',
        path: '/pages/product/index?x=1',
        query: { id: 'p1', n: 2, bad: { x: 1 }, long: 'x'.repeat(2000), ['k'.repeat(65)]: 'v' },
        apiCategory: 'default',
        referrerInfo: { appId: 'wx1', extraData: { src: 'live', deep: { a: 1 } } },
      },
      'launch-1234',
      'device-1234567890abcdef',
    )
    expect(report).toEqual({
      launchId: 'launch-1234',
      anonymousId: 'device-1234567890abcdef',
      scene: 1047,
      path: 'pages/product/index',
      query: { id: 'p1', n: '2' },
      apiCategory: 'default',
      referrerInfo: { appId: 'wx1', extraData: { src: 'live' } },
    })
  })

  it('caps the query at 30 keys and drops a scene that is not one', () => {
    const query = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, 'v']))
    const report = visitReport({ scene: 0, query }, 'launch-1234', 'device-1234567890abcdef')
    expect(Object.keys(report.query!)).toHaveLength(30)
    expect(report).not.toHaveProperty('scene')
  })
})

// Type check that the fake answers the real shape.
const _shape: RecordedVisit = { visitId: 'v', entry: { source: 'direct' }, sharer: null }
void _shape
