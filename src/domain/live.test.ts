import {
  splitSelectedRoom,
  buildCustomParams,
  compactCount,
  liveCountsText,
  CUSTOM_PARAMS_MAX,
  groupRooms,
  liveArrivalQuery,
  liveAttributionFromQuery,
  liveBadge,
  livePluginUrl,
  liveProductPath,
  liveStatusInfo,
  LIVE_STATUSES,
  onAirRoom,
  parseCustomParams,
  playableUrl,
  roomCoverImage,
} from './live'
import { startTimeText } from './live-time'

describe('live status mapping', () => {
  it.each([
    [101, '直播中', 'live'],
    [105, '暂停中', 'live'],
    [106, '直播异常', 'live'],
    [102, '预告', 'upcoming'],
    [103, '已结束', 'replay'],
    [107, '回放已过期', 'replay'],
    [104, '已关闭', null],
  ])('%i is %s in group %s', (status, label, group) => {
    expect(liveStatusInfo(status)).toMatchObject({ status, label, group })
  })

  it('lets only live and paused rooms drive the 直播中 banner', () => {
    expect(LIVE_STATUSES.filter((s) => liveStatusInfo(s).onAir)).toEqual([101, 105])
  })

  it('lets shoppers subscribe only before the start, and like or comment only while watchable', () => {
    expect(LIVE_STATUSES.filter((s) => liveStatusInfo(s).subscribe)).toEqual([102])
    expect(LIVE_STATUSES.filter((s) => liveStatusInfo(s).like)).toEqual([101, 103, 105])
    expect(LIVE_STATUSES.filter((s) => liveStatusInfo(s).comment)).toEqual([101, 103, 105])
  })

  it('gives banned, failing and expired rooms an honest notice and no way in', () => {
    for (const status of [104, 106, 107]) {
      const info = liveStatusInfo(status)
      expect(info.enter).toBe(false)
      expect(info.player).toBeNull()
      expect(info.notice).toEqual(expect.stringMatching(/.{6,}/))
    }
    expect(liveStatusInfo(104).notice).toContain('关闭')
    expect(liveStatusInfo(106).notice).toContain('异常')
    expect(liveStatusInfo(107).notice).toContain('过期')
  })

  it('treats a status it does not know as unavailable, not as live', () => {
    expect(liveStatusInfo(108)).toMatchObject({ group: null, enter: false, onAir: false, label: '暂不可看' })
  })

  it('plays the stream while live and the replay after the end, nothing otherwise', () => {
    const urls = { streamUrl: 'https://s/live.m3u8', replayUrl: 'https://s/replay.mp4' }
    expect(playableUrl({ status: 101, ...urls })).toBe(urls.streamUrl)
    expect(playableUrl({ status: 103, ...urls })).toBe(urls.replayUrl)
    for (const status of [102, 104, 105, 106, 107] as const) expect(playableUrl({ status, ...urls })).toBe('')
    expect(liveBadge({ status: 103, replayUrl: urls.replayUrl })).toBe('回放')
    expect(liveBadge({ status: 103, replayUrl: '' })).toBe('已结束')
  })
})

describe('counts', () => {
  it.each([
    [0, '0'],
    [9999, '9999'],
    [10_000, '1万'],
    [12_345, '1.2万'],
    [1_009_999, '100.9万'],
  ])('%i reads %s', (n, text) => expect(compactCount(n)).toBe(text))

  it('leaves out what is still zero', () => {
    expect(liveCountsText({ viewers: 126, likes: 12_345, comments: 3 })).toBe('126人看过 · 1.2万赞 · 3评论')
    expect(liveCountsText({ viewers: 0, likes: 5, comments: 0 })).toBe('5赞')
    expect(liveCountsText({ viewers: 0, likes: 0, comments: 0 })).toBe('')
  })
})

describe('cover', () => {
  it('falls back to the first good’s photo', () => {
    const good = { id: 'p', title: 't', image: '/files/p.svg', price: 1, soldOut: false }
    expect(roomCoverImage({ cover: '/files/c.png', goods: [good] })).toBe('/files/c.png')
    expect(roomCoverImage({ cover: '', goods: [good] })).toBe('/files/p.svg')
    expect(roomCoverImage({ cover: '', goods: [] })).toBe('')
  })
})

describe('grouping rooms', () => {
  const room = (id: string, status: number, startAt: string, productIds: string[] = []) => ({ id, status: status as any, startAt, productIds })

  it('orders 直播中, 预告, 回放; live by latest start, previews by soonest, replays by latest', () => {
    const rooms = [
      room('old-replay', 103, '2026-11-01T12:00:00Z'),
      room('later', 102, '2026-11-30T12:00:00Z'),
      room('paused', 105, '2026-11-25T13:00:00Z'),
      room('soon', 102, '2026-11-26T12:00:00Z'),
      room('banned', 104, '2026-11-25T12:00:00Z'),
      room('live', 101, '2026-11-25T11:00:00Z'),
      room('new-replay', 107, '2026-11-20T12:00:00Z'),
    ]
    expect(groupRooms(rooms).map((g) => [g.title, g.rooms.map((r) => r.id)])).toEqual([
      ['直播中', ['live', 'paused']],
      ['预告', ['soon', 'later']],
      ['回放', ['new-replay', 'old-replay']],
    ])
    expect(groupRooms([room('banned', 104, '2026-11-25T12:00:00Z')])).toEqual([])
  })

  it('finds the on-air room for the store banner and for a pinned product', () => {
    const rooms = [room('preview', 102, '2026-11-26T12:00:00Z', ['p1']), room('live', 101, '2026-11-25T11:00:00Z', ['p2'])]
    expect(onAirRoom(rooms)?.id).toBe('live')
    expect(onAirRoom(rooms, 'p2')?.id).toBe('live')
    expect(onAirRoom(rooms, 'p1')).toBeNull()
    expect(onAirRoom([room('ended', 103, '2026-11-25T11:00:00Z', ['p2'])], 'p2')).toBeNull()
  })
})

describe('custom_params', () => {
  it('is URI-encoded JSON with the live source, room, store, sharer and campaign', () => {
    const value = buildCustomParams({ roomId: 'r1', storeId: 'demo', sharer: 'o-123', campaign: '双11 预热' })
    expect(value).not.toMatch(/[{}":\s]/)
    expect(JSON.parse(decodeURIComponent(value))).toEqual({ src: 'live', room: 'r1', store: 'demo', sharer: 'o-123', campaign: '双11 预热' })
    expect(parseCustomParams(value)).toEqual({ roomId: 'r1', storeId: 'demo', sharer: 'o-123', campaign: '双11 预热' })
  })

  it('stays within 600 characters by dropping the campaign, then the sharer, never the room', () => {
    const long = '直播'.repeat(60) // 120 CJK characters encode to 1080
    const dropped = buildCustomParams({ roomId: 'r1', storeId: 'demo', sharer: 'o-1', campaign: long })
    expect(dropped.length).toBeLessThanOrEqual(CUSTOM_PARAMS_MAX)
    expect(parseCustomParams(dropped)).toEqual({ roomId: 'r1', storeId: 'demo', sharer: 'o-1' })

    const bothDropped = buildCustomParams({ roomId: 'r1', storeId: 'demo', sharer: 'x'.repeat(590), campaign: long })
    expect(parseCustomParams(bothDropped)).toEqual({ roomId: 'r1', storeId: 'demo' })

    const fits = 'a'.repeat(CUSTOM_PARAMS_MAX - encodeURIComponent('{"src":"live","room":"r1","campaign":""}').length)
    const exact = buildCustomParams({ roomId: 'r1', campaign: fits })
    expect(exact.length).toBe(CUSTOM_PARAMS_MAX)
    expect(parseCustomParams(exact)?.campaign).toBe(fits)
  })

  it('refuses a room id that alone would not fit', () => {
    expect(() => buildCustomParams({ roomId: 'r'.repeat(600) })).toThrow('直播间参数过长')
  })

  it('is read back whether the page got it encoded once, twice or decoded', () => {
    const value = buildCustomParams({ roomId: 'r9', storeId: 's' })
    for (const form of [value, encodeURIComponent(value), decodeURIComponent(value)]) {
      expect(parseCustomParams(form)).toEqual({ roomId: 'r9', storeId: 's' })
    }
    for (const junk of ['', 'abc', '%7B', encodeURIComponent('{"src":"weibo","room":"r"}'), encodeURIComponent('{"src":"live"}')]) {
      expect(parseCustomParams(junk)).toBeNull()
    }
  })

  it('builds the plugin URL with the room id and the attribution', () => {
    const url = livePluginUrl('1024', { roomId: 'r1', storeId: 'demo' })
    expect(url).toBe(
      `plugin-private://wx2b03c6e691cd7370/pages/live-player-plugin?room_id=1024&custom_params=${buildCustomParams({ roomId: 'r1', storeId: 'demo' })}`,
    )
    const query = Object.fromEntries(new URL(url.replace('plugin-private:', 'https:')).searchParams)
    expect(query.room_id).toBe('1024')
    expect(parseCustomParams(query.custom_params)).toEqual({ roomId: 'r1', storeId: 'demo' })
  })

  it('finds the attribution in a product page query, ours or the plugin’s', () => {
    const path = liveProductPath('p 1', 'r1')
    const query = Object.fromEntries(new URL(path, 'https://x').searchParams)
    expect(query).toEqual({ id: 'p 1', src: 'live', room: 'r1' })
    expect(liveAttributionFromQuery(query)).toEqual({ roomId: 'r1' })
    expect(liveAttributionFromQuery({ id: 'p1', custom_params: buildCustomParams({ roomId: 'r2', storeId: 's' }) })).toEqual({ roomId: 'r2', storeId: 's' })
    expect(liveAttributionFromQuery({ id: 'p1', src: 'weibo' })).toBeNull()
    expect(liveAttributionFromQuery({ id: 'p1' })).toBeNull()
  })

  it('turns a page opened from a room into the query its visit reports: the plugin’s custom_params as plain fields', () => {
    expect(liveArrivalQuery({ id: 'p1', src: 'live', room: 'r1' })).toEqual({ id: 'p1', src: 'live', room: 'r1' })
    const custom_params = buildCustomParams({ roomId: 'r2', storeId: 's2', sharer: 'o-sharer', campaign: '上新' })
    expect(liveArrivalQuery({ id: 'p2', custom_params })).toEqual({ id: 'p2', storeId: 's2', sharer: 'o-sharer', campaign: '上新', src: 'live', room: 'r2' })
    expect(liveArrivalQuery({ id: 'p3', src: 'weibo' })).toBeNull()
    expect(liveArrivalQuery({ id: 'p3', custom_params: 'not-ours' })).toBeNull()
  })
})

describe('start time text', () => {
  // Local times, so the expectations hold in any time zone the tests run in.
  const now = new Date(2026, 10, 25, 15, 30) // Wednesday 25 November 2026, 15:30
  it.each([
    [new Date(2026, 10, 25, 20, 0), '今天 20:00 开播'],
    [new Date(2026, 10, 25, 9, 5), '今天 09:05 开播'],
    [new Date(2026, 10, 26, 9, 30), '明天 09:30 开播'],
    [new Date(2026, 10, 27, 0, 0), '后天 00:00 开播'],
    [new Date(2026, 10, 24, 20, 0), '昨天 20:00 开播'],
    [new Date(2026, 10, 29, 20, 0), '周日 20:00 开播'],
    [new Date(2026, 11, 2, 19, 0), '12月2日 19:00 开播'],
    [new Date(2026, 9, 1, 19, 0), '10月1日 19:00 开播'],
    [new Date(2027, 0, 3, 20, 0), '2027年1月3日 20:00 开播'],
  ])('%s → %s', (start, text) => {
    expect(startTimeText(start.toISOString(), now)).toBe(text)
  })

  it('says nothing for a time it cannot read', () => {
    expect(startTimeText('not a time', now)).toBe('')
  })
})

describe('splitSelectedRoom', () => {
  const rooms = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]

  it('takes the room a code or link was made for out of the list, to show it first', () => {
    expect(splitSelectedRoom(rooms, 'b')).toEqual({ selected: { id: 'b' }, others: [{ id: 'a' }, { id: 'c' }] })
  })

  it('leaves the list whole without a room, or for a room not in it', () => {
    expect(splitSelectedRoom(rooms)).toEqual({ selected: null, others: rooms })
    expect(splitSelectedRoom(rooms, 'gone')).toEqual({ selected: null, others: rooms })
  })
})
