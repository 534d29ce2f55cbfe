import { arrive, ATTRIBUTION_WINDOW_MS, currentArrival, NO_ARRIVALS, recorded, type Arrival } from './entry-attribution'
import type { Entry } from './entry'

const HOUR = 60 * 60 * 1000
const weibo: Entry = { source: 'weibo', productId: 'p1', campaign: 'spring' }
const direct: Entry = { source: 'direct', scene: 1001 }
const share: Entry = { source: 'share', scene: 1007, sharer: 'o1' }

function arrival(launchId: string, entry: Entry, at: number): Arrival {
  return { launchId, entry, at }
}

describe('attribution: the last non-direct entry wins within 24 h', () => {
  it('credits a direct return within 24 h to the earlier Weibo arrival', () => {
    let state = arrive(NO_ARRIVALS, arrival('a', weibo, 0))
    state = arrive(state, arrival('b', direct, 5 * HOUR))
    expect(currentArrival(state, 6 * HOUR)?.launchId).toBe('a')
  })

  it('falls back to the latest arrival after 24 h', () => {
    let state = arrive(NO_ARRIVALS, arrival('a', weibo, 0))
    state = arrive(state, arrival('b', direct, 5 * HOUR))
    expect(currentArrival(state, ATTRIBUTION_WINDOW_MS)?.launchId).toBe('a')
    expect(currentArrival(state, ATTRIBUTION_WINDOW_MS + 1)?.launchId).toBe('b')
  })

  it('lets a newer non-direct arrival replace an older one', () => {
    let state = arrive(NO_ARRIVALS, arrival('a', weibo, 0))
    state = arrive(state, arrival('b', share, HOUR))
    expect(currentArrival(state, 2 * HOUR)?.launchId).toBe('b')
  })

  it('answers the latest direct arrival when there was never another', () => {
    const state = arrive(NO_ARRIVALS, arrival('a', direct, 0))
    expect(currentArrival(state, HOUR)?.launchId).toBe('a')
    expect(currentArrival(NO_ARRIVALS, 0)).toBeNull()
  })

  it('ignores a credited arrival from the future (a clock set back)', () => {
    let state = arrive(NO_ARRIVALS, arrival('a', weibo, 10 * HOUR))
    state = arrive(state, arrival('b', direct, 11 * HOUR))
    expect(currentArrival(state, 9 * HOUR)?.launchId).toBe('b')
  })
})

describe('recorded: the cloud fills in the visit', () => {
  it('adds the visit id and the resolved entry to the launch it belongs to', () => {
    let state = arrive(NO_ARRIVALS, arrival('a', { source: 'wxacode', productId: 'p1', code: 'k' }, 0))
    state = recorded(state, 'a', 'v1', { source: 'wxacode', productId: 'p1', code: 'k', storeId: 's1', campaign: '收银台' })
    expect(currentArrival(state, 1)).toMatchObject({ visitId: 'v1', entry: { storeId: 's1', campaign: '收银台' } })
    expect(state.latest).toEqual(state.credited)
  })

  it('leaves other launches alone when an older answer arrives late', () => {
    let state = arrive(NO_ARRIVALS, arrival('a', weibo, 0))
    state = arrive(state, arrival('b', direct, HOUR))
    state = recorded(state, 'a', 'v-a', weibo)
    expect(state.latest).toMatchObject({ launchId: 'b' })
    expect(state.latest?.visitId).toBeUndefined()
    expect(currentArrival(state, 2 * HOUR)).toMatchObject({ launchId: 'a', visitId: 'v-a' })
  })

  it('drops the credit when the cloud reads the launch as direct', () => {
    let state = arrive(NO_ARRIVALS, arrival('a', share, 0))
    state = recorded(state, 'a', 'v-a', { source: 'direct' })
    expect(state.credited).toBeNull()
    expect(currentArrival(state, 1)).toMatchObject({ launchId: 'a', visitId: 'v-a' })
  })
})
