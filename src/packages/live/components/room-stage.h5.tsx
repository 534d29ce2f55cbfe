// H5: the stream (live) or the replay (ended) in a video player when the room has one;
// otherwise the cover with what is going on. A plain <video>, not Taro's Video: Taro's H5
// components are registered app-wide and Video would weigh on the store home's first load.
import { playableUrl, roomCoverImage, type LiveRoom } from '@/domain/live'
import { RoomCover } from './room-cover'
import './room-stage.css'

export function RoomStage({ room }: { room: LiveRoom }) {
  const src = playableUrl(room)
  if (!src) return <RoomCover room={room} />
  return <video className='room-stage room-stage__video' src={src} poster={roomCoverImage(room) || undefined} controls playsInline preload='metadata' />
}
