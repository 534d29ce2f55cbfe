// A live room: the stage (plugin entry on weapp, player on H5), status and counts, likes,
// 开播提醒, the goods it sells and its comments. Rooms that cannot be watched say why.
import { Button, Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro'
import { useState } from 'react'
import { AppError } from '@/domain/errors'
import { liveBadge, liveCountsText, liveRoomPath, liveStatusInfo, type LiveRoom } from '@/domain/live'
import { startTimeText } from '@/domain/live-time'
import { ErrorState } from '@/components/state-views'
import { useLoadOn } from '@/hooks/use-load-on'
import { getRoom, likeRoom, subscribeRoom } from '@/services/live'
import { GoodsList } from '../../components/goods-strip'
import { askReminderConsent } from '../../components/reminder-consent'
import { RoomComments } from '../../components/room-comments'
import { RoomStage } from '../../components/room-stage'
import { toastError } from '@/services/toast'
import { setPageTitle } from '@/services/page-title'
import './index.css'

const toast = (error: unknown): void => toastError(error, '操作失败，请稍后重试')

export default function LiveRoomPage() {
  const roomId = useRouter().params.id ?? ''
  const [room, setRoom] = useState<LiveRoom | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)

  const load = () => {
    setError(null)
    return getRoom(roomId).then(
      (found) => {
        setRoom(found)
        setPageTitle(found.title)
      },
      (failure: AppError) => setError(failure),
    )
  }
  useLoadOn(roomId, load)
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))
  useShareAppMessage(() => ({
    title: room ? `${liveBadge(room)}｜${room.title}` : '来看直播',
    // src=live&room lets the visit be attributed to this room (entry.recordVisit).
    path: `${liveRoomPath(roomId)}&src=live&room=${encodeURIComponent(roomId)}`,
    imageUrl: room?.cover || undefined,
  }))

  if (error) return <ErrorState error={error} onRetry={() => void load()} />
  if (!room) return <View className='live-room live-room--loading' aria-busy='true' />

  const info = liveStatusInfo(room.status)
  const counts = liveCountsText(room)

  const like = async () => {
    try {
      setRoom(await likeRoom(room.id))
    } catch (failure) {
      toast(failure)
    }
  }

  const remind = async () => {
    if (busy) return
    setBusy(true)
    try {
      if (!(await askReminderConsent())) {
        void Taro.showToast({ title: '未开启提醒，可以在设置中打开订阅消息', icon: 'none' })
        return
      }
      setRoom(await subscribeRoom(room.id))
      void Taro.showToast({ title: '开播时会提醒你', icon: 'success' })
    } catch (failure) {
      toast(failure)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='live-room'>
      <RoomStage room={room} />
      <View className='live-room__head'>
        <View className='live-room__title-row'>
          <Text className={`live-room__badge ${info.onAir ? 'live-room__badge--on-air' : ''}`}>{liveBadge(room)}</Text>
          <Text className='live-room__title'>{room.title}</Text>
        </View>
        <Text className='live-room__meta'>
          {startTimeText(room.startAt)}
          {room.anchorName ? ` · 主播 ${room.anchorName}` : ''}
        </Text>
        {counts ? <Text className='live-room__counts'>{counts}</Text> : null}
        <View className='live-room__actions'>
          {info.subscribe ? (
            <Button className='live-room__remind' size='mini' disabled={room.subscribed || busy} onClick={() => void remind()}>
              {room.subscribed ? '已预约开播提醒' : '开播提醒'}
            </Button>
          ) : null}
          {info.like ? (
            <Button className='live-room__like' size='mini' onClick={() => void like()}>
              ♥ 点赞 {room.likes > 0 ? room.likes : ''}
            </Button>
          ) : null}
        </View>
      </View>
      <GoodsList goods={room.goods} roomId={room.id} />
      <RoomComments
        roomId={room.id}
        canComment={info.comment}
        onPosted={(comment) => {
          if (comment.status === 'visible') setRoom({ ...room, comments: room.comments + 1 })
        }}
      />
    </View>
  )
}
