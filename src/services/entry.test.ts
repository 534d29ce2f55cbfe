import { setTransport } from './cloud'
import { createPosterCode, listCodes, recordVisit } from './entry'
import type { TransportRequest } from './transport-types'

// The real H5 transport imports @tarojs/taro; a recording fake stands in for the network.
jest.mock('./transport.h5', () => ({ transport: jest.fn() }))

let requests: TransportRequest[]

beforeEach(() => {
  requests = []
})

describe('entry service', () => {
  it('asks again when a visit report is lost on the way: recordVisit is idempotent per launch', async () => {
    let attempt = 0
    setTransport(
      async (request) => {
        requests.push(request)
        if (++attempt < 3) throw new Error('request:fail timeout')
        return { ok: true, data: { visitId: 'v1', entry: { source: 'direct' }, sharer: 'me' } }
      },
      async () => undefined,
    )
    await expect(recordVisit({ launchId: 'launch-0001' })).resolves.toMatchObject({ visitId: 'v1' })
    expect(requests.map((r) => [r.fn, r.action, r.data.launchId])).toEqual(Array(3).fill(['entry', 'recordVisit', 'launch-0001']))
  })

  it('turns stored picture paths into loadable URLs and leaves cloud file ids alone', async () => {
    setTransport(async (request) => {
      requests.push(request)
      if (request.action === 'createPosterCode') return { ok: true, data: { id: 'k', scene: 'p=a&c=k', path: 'pages/product/index', image: '/files/wxacode/x.png' } }
      return {
        ok: true,
        data: {
          items: [
            { id: 'a', kind: 'qr', image: 'cloud://env/wxacode/a.png' },
            { id: 'b', kind: 'link', image: null },
          ],
          nextCursor: null,
        },
      }
    })
    expect((await createPosterCode('p1')).image).toBe('/files/wxacode/x.png')
    const page = await listCodes({ storeId: 's1' })
    expect(page.items.map((c) => c.image)).toEqual(['cloud://env/wxacode/a.png', null])
  })
})
