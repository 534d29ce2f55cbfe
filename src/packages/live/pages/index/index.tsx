// A store's live rooms, grouped 直播中 / 预告 / 回放, each with its status, start time, counts
// and goods. Tapping a room enters it (the live plugin on weapp, the room page on H5). Opened
// for one room (a room's Mini Program code carries only `r=ID` in its scene; its links carry
// roomId), that room comes first, selected, and its store is found from the room.
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { pageIds } from '@/domain/entry-codec'
import type { AppError } from '@/domain/errors'
import { groupRooms, splitSelectedRoom, type LiveRoom } from '@/domain/live'
import { EmptyState, ErrorState } from '@/components/state-views'
import { useLoadOn } from '@/hooks/use-load-on'
import { getRoom, listRooms } from '@/services/live'
import { RoomCard } from '../../components/room-card'
import './index.css'

async function loadRooms(storeId: string | undefined, roomId: string | undefined): Promise<LiveRoom[]> {
  // The room knows its store; a storeId beside it in the query is only a hint.
  const room = roomId ? await getRoom(roomId) : null
  const store = room?.storeId ?? storeId
  if (!store) return []
  const rooms = await listRooms(store)
  return room && !rooms.some((r) => r.id === room.id) ? [room, ...rooms] : rooms
}

export default function LiveIndexPage() {
  const { storeId, roomId } = pageIds(useRouter().params)
  const [rooms, setRooms] = useState<LiveRoom[] | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const wanted = Boolean(storeId || roomId)

  const load = () => {
    setError(null)
    return loadRooms(storeId, roomId).then(setRooms, (failure: AppError) => setError(failure))
  }
  useLoadOn(`${storeId}/${roomId}`, () => wanted && load())
  usePullDownRefresh(() => void (wanted ? load() : Promise.resolve()).finally(() => Taro.stopPullDownRefresh()))

  if (!wanted) return <EmptyState title='没有指定店铺' hint='请从店铺主页进入直播' />
  if (error) return <ErrorState error={error} onRetry={() => void load()} />
  if (!rooms) return <View className='live-index live-index--loading' aria-busy='true' />

  const { selected, others } = splitSelectedRoom(rooms, roomId)
  const groups = groupRooms(others)
  if (!selected && groups.length === 0) return <EmptyState title='店铺暂时没有直播' hint='开播后会在这里提醒你' />
  const now = new Date()
  return (
    <View className='live-index'>
      {selected ? (
        <View className='live-index__group live-index__selected'>
          <Text className='live-index__group-title'>你要看的直播</Text>
          <RoomCard room={selected} now={now} />
        </View>
      ) : null}
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
