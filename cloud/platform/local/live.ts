// Local twin of WeChat's live rooms: the platform knows exactly the rooms merchants schedule
// here, and each one's status follows its schedule, as a stream that starts and ends on time
// would: before the start 102 (not started), until the end 101 (live), afterwards 103 (ended).
import { newId } from '../../db/ids'
import type { LiveAdapter } from '../platform'
import { LIVE_STATUS } from '../../../src/domain/live-status'

export function localLive(): LiveAdapter {
  return {
    minSyncIntervalMs: 0,
    async openRoom() {
      return `L${newId()}`
    },
    async getRooms(rooms, now) {
      return rooms.map((room) => ({
        platformRoomId: room.platformRoomId,
        name: room.title,
        cover: room.cover,
        anchorName: room.anchorName,
        status: now < room.startAt ? LIVE_STATUS.notStarted : now < room.endAt ? LIVE_STATUS.live : LIVE_STATUS.ended,
        startAt: room.startAt,
        endAt: room.endAt,
      }))
    },
  }
}
