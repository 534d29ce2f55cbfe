// The room's cover with what the shopper needs to know over it: when it starts, or why it
// cannot be watched. Both stage twins show it when there is nothing to play.
import { Image, Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { liveStatusInfo, roomCoverImage, type LiveRoom } from '@/domain/live'
import { LIVE_STATUS } from '@/domain/live-status'
import { startTimeText } from '@/domain/live-time'
import './room-stage.css'

export function coverMessage(room: LiveRoom, now: Date): string {
  const info = liveStatusInfo(room.status)
  if (info.notice) return info.notice
  if (room.status === LIVE_STATUS.notStarted) return startTimeText(room.startAt, now)
  if (room.status === LIVE_STATUS.ended && !room.replayUrl) return '直播已结束，回放生成后可以在这里观看'
  if (room.status === LIVE_STATUS.live) return '直播进行中'
  return ''
}

export function RoomCover({ room, children }: PropsWithChildren<{ room: LiveRoom }>) {
  const message = coverMessage(room, new Date())
  const cover = roomCoverImage(room)
  return (
    <View className='room-stage'>
      {cover ? <Image className='room-stage__cover' src={cover} mode='aspectFill' /> : <View className='room-stage__cover room-stage__cover--empty' />}
      <View className='room-stage__overlay'>
        {message ? <Text className='room-stage__message'>{message}</Text> : null}
        {children}
      </View>
    </View>
  )
}
