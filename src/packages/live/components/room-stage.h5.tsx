// H5: the stream (live) or the replay (ended) in a video player when the room has one;
// otherwise the cover with what is going on.
import { Video } from '@tarojs/components'
import { playableUrl, roomCoverImage, type LiveRoom } from '@/domain/live'
import { RoomCover } from './room-cover'
import './room-stage.css'

export function RoomStage({ room }: { room: LiveRoom }) {
  const src = playableUrl(room)
  if (!src) return <RoomCover room={room} />
  return <Video className='room-stage room-stage__video' src={src} poster={roomCoverImage(room)} controls showCenterPlayBtn objectFit='contain' />
}
