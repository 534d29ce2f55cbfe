// Every target a merchant's code, link or share can point at opens the right compiled page with
// the right content: the store's home, a product, a post, and a live room — by its link query
// and by its Mini Program code (whose scene carries only the object's id).
// Run after `npm run build:weapp`: `npm run test:weapp`.
import { encodeScene, pageOf, targetParams, type CodeTarget, type EntryTarget } from '../../src/domain/entry-codec'
import type { LiveRoom } from '../../src/domain/live'
import { assertBuilt, loadWeappPage } from './simulate-env'

assertBuilt()

const STORE = { id: 'st1', name: '码上小店', intro: '', logo: '', hashtags: [] }
const PRODUCT = {
  id: 'pr1',
  storeId: 'st1',
  title: '扫码可见的杯子',
  description: '',
  images: [],
  hashtags: [],
  brandHashtags: [],
  status: 'on_sale',
  skus: [{ id: 'sk1', specs: {}, price: 1290, stock: 5 }],
  createdAt: '2026-11-25T12:00:00.000Z',
  updatedAt: '2026-11-25T12:00:00.000Z',
}
const POST = {
  id: 'po1',
  storeId: 'st1',
  kind: 'article',
  title: '链接打开的动态',
  body: '',
  images: [],
  videoUrl: '',
  hashtags: [],
  brandHashtags: [],
  productIds: [],
  likes: 0,
  comments: 0,
  liked: false,
  storeName: '码上小店',
  storeLogo: '',
  createdAt: '2026-11-25T12:00:00.000Z',
  updatedAt: '2026-11-25T12:00:00.000Z',
}
function room(id: string, title: string, status: LiveRoom['status']): LiveRoom {
  return {
    id,
    storeId: 'st1',
    platformRoomId: '',
    title,
    cover: '',
    anchorName: '店主',
    status,
    startAt: '2026-11-25T12:00:00.000Z',
    endAt: '2026-11-25T14:00:00.000Z',
    productIds: [],
    viewers: 0,
    likes: 0,
    comments: 0,
    streamUrl: '',
    replayUrl: '',
    goods: [],
    subscribed: false,
  }
}
const ROOMS = [room('ro1', '周五上新直播', 102), room('ro2', '另一场直播', 101)]

/** A wx.cloud for one store: its store, product, post and rooms; every other list empty. */
function cloud(calls: string[]) {
  const answers: Record<string, unknown> = {
    'catalog.getStore': STORE,
    'catalog.getProduct': PRODUCT,
    'catalog.listProducts': { items: [PRODUCT], nextCursor: null },
    'post.get': POST,
    'live.getRoom': ROOMS[0],
    'live.listRooms': { items: ROOMS },
    'entry.recordVisit': { visitId: 'v1', entry: { source: 'wxacode' } },
  }
  return {
    init() {},
    async callFunction({ name, data }: { name: string; data: { action: string } }) {
      calls.push(`${name}.${data.action}`)
      const answer = answers[`${name}.${data.action}`]
      return { result: { ok: true, data: answer ?? { items: [], nextCursor: null } } }
    },
  }
}

const cases: Array<{ target: EntryTarget; shows: string }> = [
  { target: { kind: 'store', storeId: 'st1' }, shows: '扫码可见的杯子' },
  { target: { kind: 'product', productId: 'pr1', storeId: 'st1' }, shows: '扫码可见的杯子' },
  { target: { kind: 'post', postId: 'po1', storeId: 'st1' }, shows: '链接打开的动态' },
  { target: { kind: 'room', roomId: 'ro1', storeId: 'st1' }, shows: '周五上新直播' },
]

describe('entry targets open their page on weapp', () => {
  let consoleErrors: jest.SpyInstance
  beforeEach(() => {
    consoleErrors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  })
  afterEach(() => consoleErrors.mockRestore())

  it.each(cases)('a link to $target.kind opens $target.kind with its content', async ({ target, shows }) => {
    const calls: string[] = []
    const page = await loadWeappPage(pageOf(target), { query: targetParams(target), wx: { cloud: cloud(calls) } })
    const html = await page.waitFor((h) => h.includes(shows))
    expect(html).not.toContain('没有指定店铺')
    expect(page.errors).toEqual([])
  })

  it.each(cases.filter((c) => c.target.kind !== 'post'))('a Mini Program code for $target.kind opens it from the scene alone', async ({ target, shows }) => {
    const scene = encodeScene(target as CodeTarget, 'code1')!
    const calls: string[] = []
    const page = await loadWeappPage(pageOf(target), { query: { scene: encodeURIComponent(scene) }, wx: { cloud: cloud(calls) } })
    const html = await page.waitFor((h) => h.includes(shows))
    expect(html).not.toContain('没有指定店铺')
    expect(page.errors).toEqual([])
  })

  it('puts the room a code was made for first, selected, above the store’s other rooms', async () => {
    const calls: string[] = []
    const page = await loadWeappPage(pageOf({ kind: 'room', roomId: 'ro1' }), { query: { scene: encodeURIComponent('r=ro1&c=code1') }, wx: { cloud: cloud(calls) } })
    const html = await page.waitFor((h) => h.includes('另一场直播'))
    expect(html.indexOf('你要看的直播')).toBeGreaterThanOrEqual(0)
    expect(html.indexOf('周五上新直播')).toBeLessThan(html.indexOf('另一场直播'))
    // The store came from the room: the list asked for st1 without a storeId in the query.
    expect(calls).toEqual(expect.arrayContaining(['live.getRoom', 'live.listRooms']))
    expect(html.split('周五上新直播').length - 1).toBe(1)
  })
})
