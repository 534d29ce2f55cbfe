import { AppError } from '../../../src/domain/errors'
import type { WxCloud } from './sdk'
import { wechatLive } from './live'

const known = (platformRoomId: string) => ({
  platformRoomId,
  title: '',
  cover: '',
  anchorName: '',
  startAt: new Date(0),
  endAt: new Date(0),
})

/** A cloud whose getLiveInfo answers pages of `total` rooms numbered 1…total, newest first. */
function cloudWith(total: number, pageCap = 50, fail?: { errCode: number }) {
  const calls: Array<{ start: number; limit: number }> = []
  const cloud = {
    openapi: {
      liveBroadcast: {
        async getLiveInfo(args: { start: number; limit: number }) {
          calls.push(args)
          if (fail) throw Object.assign(new Error('openapi.liveBroadcast.getLiveInfo:fail'), fail)
          const ids = Array.from({ length: total }, (_, i) => total - i).slice(args.start, args.start + Math.min(args.limit, pageCap))
          return {
            errCode: 0,
            total,
            roomInfo: ids.map((id) => ({
              name: `房间 ${id}`,
              roomid: id,
              coverImg: `https://wx/${id}.jpg`,
              liveStatus: id % 2 ? 101 : 102,
              startTime: 1795600000 + id,
              endTime: 1795603600 + id,
              anchorName: '主播',
              goods: [],
            })),
          }
        },
      },
    },
  } as unknown as WxCloud
  return { cloud, calls }
}

describe('WeChat live adapter (getliveinfo)', () => {
  it('maps room_info to platform rooms and keeps only the rooms asked for', async () => {
    const { cloud, calls } = cloudWith(3)
    const rooms = await wechatLive(cloud).getRooms([known('2'), known('9')], new Date())
    expect(rooms).toEqual([
      { platformRoomId: '2', name: '房间 2', cover: 'https://wx/2.jpg', anchorName: '主播', status: 102, startAt: new Date(1795600002000), endAt: new Date(1795603602000) },
    ])
    expect(calls).toEqual([{ start: 0, limit: 100 }])
  })

  it('pages by the total (pages may be shorter than asked) and stops once every room is found', async () => {
    const { cloud, calls } = cloudWith(500)
    const rooms = await wechatLive(cloud).getRooms([known('460'), known('420')], new Date())
    expect(rooms.map((r) => r.platformRoomId).sort()).toEqual(['420', '460'])
    expect(calls.map((c) => c.start)).toEqual([0, 50])
  })

  it('spends at most three calls looking for rooms it cannot find', async () => {
    const { cloud, calls } = cloudWith(500)
    expect(await wechatLive(cloud).getRooms([known('1')], new Date())).toEqual([])
    expect(calls).toHaveLength(3)
  })

  it('reads "no rooms" errors as no rooms and throws the others', async () => {
    for (const errCode of [1, 9410000]) {
      expect(await wechatLive(cloudWith(0, 50, { errCode }).cloud).getRooms([known('1')], new Date())).toEqual([])
    }
    await expect(wechatLive(cloudWith(0, 50, { errCode: 45009 }).cloud).getRooms([known('1')], new Date())).rejects.toMatchObject({ errCode: 45009 })
  })

  it('asks the merchant for the room number instead of opening a room', async () => {
    const { cloud, calls } = cloudWith(1)
    const refusal = wechatLive(cloud).openRoom({ title: 't', cover: '', anchorName: '', startAt: new Date(), endAt: new Date() })
    await expect(refusal).rejects.toBeInstanceOf(AppError)
    await expect(refusal).rejects.toMatchObject({ code: 'VALIDATION_FAILED' })
    expect(calls).toEqual([])
  })
})
