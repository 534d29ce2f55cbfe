// weapp: the stream plays inside WeChat's live plugin; the stage offers the way in when the
// room can be entered, and otherwise says why not.
import { Button } from '@tarojs/components'
import { enterLiveRoom } from '@/components/live-entry'
import { liveStatusInfo, type LiveRoom } from '@/domain/live'
import { LIVE_STATUS } from '@/domain/live-status'
import { RoomCover } from './room-cover'
import './room-stage.css'

export function RoomStage({ room }: { room: LiveRoom }) {
  const info = liveStatusInfo(room.status)
  return (
    <RoomCover room={room}>
      {info.enter ? (
        <Button className='room-stage__enter' size='mini' onClick={() => enterLiveRoom(room)}>
          {room.status === LIVE_STATUS.ended ? '看回放' : room.status === LIVE_STATUS.notStarted ? '进入直播间预约' : '进入直播间'}
        </Button>
      ) : null}
    </RoomCover>
  )
}
