// The live subpackage in the weapp build: it declares WeChat's live plugin, and the compiled
// room page enters a room by navigating to the plugin with the room id and the attribution.
// Run after `npm run build:weapp`: `npm run test:weapp`.
import fs from 'node:fs'
import path from 'node:path'
import { LIVE_PLUGIN_PAGE, livePluginUrl, parseCustomParams, type LiveRoom } from '../../src/domain/live'
import { DIST, assertBuilt, loadWeappPage } from './simulate-env'

assertBuilt()
const appJson = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8'))

function room(overrides: Partial<LiveRoom> = {}): LiveRoom {
  return {
    id: 'r1',
    storeId: 'demo',
    platformRoomId: '1024',
    title: '山野上新夜',
    cover: '',
    anchorName: '山野店主',
    status: 101,
    startAt: '2026-11-25T12:00:00.000Z',
    endAt: '2026-11-25T14:00:00.000Z',
    productIds: ['p1'],
    viewers: 3,
    likes: 5,
    comments: 0,
    streamUrl: '',
    replayUrl: '',
    goods: [{ id: 'p1', title: '手工陶瓷马克杯', image: '', price: 6800, soldOut: false }],
    subscribed: false,
    ...overrides,
  }
}

/** A wx.cloud that answers live.getRoom with `answer` and everything else with an empty page. */
function cloudAnswering(answer: LiveRoom) {
  return {
    init() {},
    async callFunction({ name, data }: { name: string; data: { action: string } }) {
      if (name === 'live' && data.action === 'getRoom') return { result: { ok: true, data: answer } }
      return { result: { ok: true, data: { items: [], nextCursor: null } } }
    },
  }
}

describe('live plugin declaration', () => {
  const live = (appJson.subPackages as Array<{ root: string; pages: string[]; plugins?: Record<string, unknown> }>).find(
    (sp) => sp.root === 'packages/live',
  )

  it('is in the live subpackage, with WeChat’s provider appid', () => {
    expect(live?.pages).toEqual(['pages/index/index', 'pages/room/index'])
    expect(live?.plugins).toEqual({ 'live-player-plugin': { version: expect.stringMatching(/^\d+\.\d+\.\d+$/), provider: 'wx2b03c6e691cd7370' } })
  })

  it('is not in the main package, so the plugin does not weigh on the first load', () => {
    expect(appJson.plugins).toBeUndefined()
  })

  it('is used: the build navigates to the plugin page (the weapp twin of the room entry was picked)', () => {
    const js = fs.readdirSync(DIST).filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(path.join(DIST, f), 'utf8'))
    // The bundler may split the template literal; its parts are still there.
    const [scheme, rest] = LIVE_PLUGIN_PAGE.split('wx2b03c6e691cd7370')
    expect(js.some((code) => code.includes(scheme) && code.includes('wx2b03c6e691cd7370') && code.includes(rest))).toBe(true)
  })
})

describe('the compiled room page', () => {
  it('enters a live room through the plugin with room_id and custom_params', async () => {
    const navigations: string[] = []
    const page = await loadWeappPage('packages/live/pages/room/index', {
      query: { id: 'r1' },
      wx: {
        cloud: cloudAnswering(room()),
        navigateTo(options: { url: string; success?: (res: unknown) => void }) {
          navigations.push(options.url)
          options.success?.({ errMsg: 'navigateTo:ok' })
        },
      },
    })
    await page.waitFor((html) => html.includes('进入直播间'))
    expect(page.errors).toEqual([])
    const button = page.comp.querySelector('.room-stage__enter')
    expect(button).toBeDefined()
    // j-component elements dispatch events; simulate-env's SimComponent type does not list it.
    ;(button as unknown as { dispatchEvent(name: string): void }).dispatchEvent('tap')
    const deadline = Date.now() + 3000
    while (navigations.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10))

    const expected = livePluginUrl('1024', { roomId: 'r1', storeId: 'demo' })
    expect(navigations[0]?.split('&__key_=')[0]).toBe(expected)
    const query = new URL(expected.replace('plugin-private:', 'https:')).searchParams
    expect(query.get('room_id')).toBe('1024')
    expect(parseCustomParams(query.get('custom_params'))).toEqual({ roomId: 'r1', storeId: 'demo' })
    expect(query.get('custom_params')!.length).toBeLessThanOrEqual(600)
  })

  it('offers no way in to a banned room and says why', async () => {
    const page = await loadWeappPage('packages/live/pages/room/index', { query: { id: 'r1' }, wx: { cloud: cloudAnswering(room({ status: 104 })) } })
    const html = await page.waitFor((h) => h.includes('违反平台规范'))
    expect(html).not.toContain('进入直播间')
    expect(page.errors).toEqual([])
  })
})
