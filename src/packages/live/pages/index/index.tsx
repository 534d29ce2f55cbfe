// A store's live rooms, grouped 直播中 / 预告 / 回放, each with its status, start time, counts
// and goods. Tapping a room enters it (the live plugin on weapp, the room page on H5).
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { AppError } from '@/domain/errors'
import { groupRooms, type LiveRoom } from '@/domain/live'
import { EmptyState, ErrorState } from '@/components/state-views'
import { listRooms } from '@/services/live'
import { RoomCard } from '../../components/room-card'
import './index.css'

export default function LiveIndexPage() {
  const storeId = useRouter().params.storeId ?? ''
  const [rooms, setRooms] = useState<LiveRoom[] | null>(null)
  const [error, setError] = useState<AppError | null>(null)

  const load = () => {
    setError(null)
    return listRooms(storeId).then(setRooms, (failure: AppError) => setError(failure))
  }
  useEffect(() => {
    if (storeId) void load()
  }, [storeId])
  usePullDownRefresh(() => void (storeId ? load() : Promise.resolve()).finally(() => Taro.stopPullDownRefresh()))

  if (!storeId) return <EmptyState title='没有指定店铺' hint='请从店铺主页进入直播' />
  if (error) return <ErrorState error={error} onRetry={() => void load()} />
  if (!rooms) return <View className='live-index live-index--loading' aria-busy='true' />

  const groups = groupRooms(rooms)
  if (groups.length === 0) return <EmptyState title='店铺暂时没有直播' hint='开播后会在这里提醒你' />
  const now = new Date()
  return (
    <View className='live-index'>
      {groups.map((group) => (
        <View key={group.group} className={`live-index__group live-index__group--${group.group}`}>
          <Text className='live-index__group-title'>
            {group.title} · {group.rooms.length}
          </Text>
          {group.rooms.map((room) => (
            <RoomCard key={room.id} room={room} now={now} />
          ))}
        </View>
      ))}
    </View>
  )
}
