import { parseLaunch, parseQueryString } from './entry-codec'
import { shareAppMessage, shareTimeline } from './entry-share'

const silent = () => undefined

describe('share cards and Moments posts carry attribution', () => {
  it('a product card opens the product as a share from the sharer', () => {
    const card = shareAppMessage({ target: { kind: 'product', productId: 'p1' }, title: '手工陶瓷马克杯', imageUrl: 'https://x/a.png' }, 'o-sharer')
    expect(card).toEqual({ title: '手工陶瓷马克杯', path: '/pages/product/index?id=p1&src=share&sharer=o-sharer', imageUrl: 'https://x/a.png' })
    const [path, qs] = card.path.split('?')
    expect(parseLaunch({ scene: 1008, path, query: parseQueryString(qs) }, silent)).toEqual({
      source: 'share',
      scene: 1008,
      productId: 'p1',
      sharer: 'o-sharer',
    })
  })

  it('a Moments post of a store reads back as moments, without a sharer when none is known', () => {
    const post = shareTimeline({ target: { kind: 'store', storeId: 'demo' }, title: '山野小店' }, null)
    expect(post).toEqual({ title: '山野小店', query: 'storeId=demo&src=moments' })
    expect(parseLaunch({ scene: 1154, path: 'pages/home/index', query: parseQueryString(post.query) }, silent)).toEqual({
      source: 'moments',
      scene: 1154,
      storeId: 'demo',
    })
  })

  it('a live room share names the room for the live page', () => {
    const card = shareAppMessage({ target: { kind: 'room', roomId: 'r1', storeId: 's1' }, title: '今晚 8 点开播' }, 'o1')
    expect(card.path).toBe('/packages/live/pages/index/index?roomId=r1&storeId=s1&src=share&sharer=o1')
  })

  it('shortens long titles', () => {
    const { title } = shareTimeline({ target: { kind: 'topic', tag: '手作' }, title: '很'.repeat(40) }, null)
    expect(Array.from(title)).toHaveLength(28)
    expect(title.endsWith('…')).toBe(true)
  })
})
