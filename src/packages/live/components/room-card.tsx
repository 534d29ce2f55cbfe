// One room in a store's room list: cover with its status badge, title, start time, counts and
// the goods it sells. Tapping it enters the room (the live plugin on weapp).
import { Image, Text, View } from '@tarojs/components'
import { enterLiveRoom } from '@/components/live-entry'
import { liveBadge, liveCountsText, liveStatusInfo, roomCoverImage, type LiveRoom } from '@/domain/live'
import { startTimeText } from '@/domain/live-time'
import { GoodsStrip } from './goods-strip'
import './room-card.css'

export function RoomCard({ room, now }: { room: LiveRoom; now: Date }) {
  const info = liveStatusInfo(room.status)
  const counts = liveCountsText(room)
  const cover = roomCoverImage(room)
  return (
    <View className='room-card' onClick={() => enterLiveRoom(room)}>
      <View className='room-card__media'>
        {cover ? <Image className='room-card__cover' src={cover} mode='aspectFill' lazyLoad /> : <View className='room-card__cover room-card__cover--empty' />}
        <Text className={`room-card__badge room-card__badge--${info.onAir ? 'on-air' : (info.group ?? 'off')}`}>{liveBadge(room)}</Text>
      </View>
      <View className='room-card__body'>
        <Text className='room-card__title'>{room.title}</Text>
        <Text className='room-card__time'>{startTimeText(room.startAt, now)}</Text>
        {info.notice && !info.enter ? <Text className='room-card__notice'>{info.notice}</Text> : null}
        {counts ? <Text className='room-card__counts'>{counts}</Text> : null}
        <GoodsStrip goods={room.goods} roomId={room.id} />
      </View>
    </View>
  )
}
