// Mini Program live rooms through getliveinfo (WECHAT-API.md section 6). Rooms are created in
// WeChat's live console; we look ours up page by page (newest start first) and stop as soon
// as every room asked for was found. The API allows 500 calls a day, shared with replays.
import { AppError } from '../../../src/domain/errors'
import type { LiveAdapter, PlatformLiveRoom } from '../platform'
import type { WxCloud } from './sdk'

const PAGE_SIZE = 100
/** At most this many pages per look-up: rooms that far back are no longer worth the quota. */
const MAX_PAGES = 3
/** errcode 1 and 9410000 mean "this app has no rooms", not a failure. */
const NO_ROOMS = new Set([1, 9410000])

type RawRoom = Record<string, unknown>

/** The SDK's camel-casing of this API's output is unconfirmed: read either spelling. */
function field(raw: RawRoom, camel: string, snake: string): unknown {
  return raw[camel] ?? raw[snake]
}

export function toPlatformRoom(raw: RawRoom): PlatformLiveRoom {
  const seconds = (value: unknown) => new Date(Number(value) * 1000)
  return {
    platformRoomId: String(field(raw, 'roomid', 'roomid')),
    name: String(raw.name ?? ''),
    cover: String(field(raw, 'coverImg', 'cover_img') ?? ''),
    anchorName: String(field(raw, 'anchorName', 'anchor_name') ?? ''),
    status: Number(field(raw, 'liveStatus', 'live_status')),
    startAt: seconds(field(raw, 'startTime', 'start_time')),
    endAt: seconds(field(raw, 'endTime', 'end_time')),
  }
}

/** The openapi names this adapter calls, by method, for the functions' config.json permissions. */
export const LIVE_OPENAPI = { getRooms: ['liveBroadcast.getLiveInfo'] }

export function wechatLive(cloud: WxCloud): LiveAdapter {
  return {
    // 500 calls a day: one sync every 5 minutes uses 288, leaving room for merchants' saves.
    minSyncIntervalMs: 5 * 60_000,
    async openRoom() {
      throw new AppError('VALIDATION_FAILED', '请先在「小程序直播」后台创建直播间，再填写它的房间号')
    },
    async getRooms(rooms) {
      const wanted = new Set(rooms.map((room) => room.platformRoomId))
      const found: PlatformLiveRoom[] = []
      let start = 0
      for (let page = 0; page < MAX_PAGES && found.length < wanted.size; page++) {
        let res: { total?: number; roomInfo?: RawRoom[]; room_info?: RawRoom[] }
        try {
          res = await cloud.openapi.liveBroadcast.getLiveInfo({ start, limit: PAGE_SIZE })
        } catch (error) {
          if (NO_ROOMS.has(Number((error as { errCode?: unknown }).errCode))) break
          throw error
        }
        const batch = res.roomInfo ?? res.room_info ?? []
        for (const raw of batch) {
          const room = toPlatformRoom(raw)
          if (wanted.has(room.platformRoomId)) found.push(room)
        }
        // Pages may come back shorter than asked (50 rows is reported): go by the total.
        start += batch.length
        if (batch.length === 0 || start >= Number(res.total ?? 0)) break
      }
      return found
    },
  }
}
