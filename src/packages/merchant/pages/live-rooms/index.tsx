// 直播 (merchant): the store's rooms with their status, schedule and pinned goods; create and
// edit a room (title, time, cover, goods, the WeChat room number); end one; open it as a
// shopper sees it. The eligibility checklist is one tap away for a store's first room.
import { Button, Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { AppError } from '@/domain/errors'
import { liveBadge, liveCountsText, liveRoomPath, liveStatusInfo, roomCoverImage, type LiveRoom } from '@/domain/live'
import { canEndRoom } from '@/domain/live-status'
import { emptyLiveForm, liveFormToInput, liveRoomToForm, liveScheduleText, type LiveRoomForm, type LiveRoomFormErrors } from '@/domain/live-form'
import { EmptyState, ErrorState } from '@/components/state-views'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import { useBusy } from '@/hooks/use-busy'
import { assetUrl } from '@/services/config'
import { saveLiveRoom } from '@/services/live'
import { endStoreRoom, listStoreRooms } from '@/services/live-console'
import { toastError } from '@/services/toast'
import { useLoadOn } from '@/hooks/use-load-on'
import { ROOM_NUMBER_REQUIRED } from '../../components/room-number-field'
import { useStoreId } from '../../components/use-owned-stores'
import { RoomFormCard } from './room-form-card'
import '../../console.css'
import './index.css'

function LiveRoomsPage() {
  const storeId = useStoreId()
  const [rooms, setRooms] = useState<LiveRoom[] | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [form, setForm] = useState<LiveRoomForm | null>(null)
  const [editing, setEditing] = useState<string | null>(null)
  const [errors, setErrors] = useState<LiveRoomFormErrors>({})
  const [busy, runBusy] = useBusy()

  const load = () => {
    setError(null)
    listStoreRooms(storeId).then(setRooms, (failure) => setError(failure instanceof AppError ? failure : new AppError('INTERNAL')))
  }
  useLoadOn(storeId, load)

  const close = () => {
    setForm(null)
    setEditing(null)
    setErrors({})
  }
  const save = () =>
    runBusy(async () => {
      if (!form) return
      const checked = liveFormToInput(form, { requireRoomNumber: ROOM_NUMBER_REQUIRED })
      if (!checked.ok) return setErrors(checked.errors)
      setErrors({})
      try {
        await saveLiveRoom({ storeId, ...(editing ? { roomId: editing } : {}), ...checked.input })
        void Taro.showToast({ title: editing ? '已保存' : '已创建', icon: 'success' })
        close()
        load()
      } catch (failure) {
        toastError(failure, '保存失败，请稍后重试')
      }
    })
  const end = async (room: LiveRoom) => {
    const { confirm } = await Taro.showModal({ title: '结束直播', content: `结束「${room.title}」后，顾客将看到直播已结束。`, confirmText: '结束' })
    if (!confirm) return
    try {
      const ended = await endStoreRoom(storeId, room.id)
      setRooms((list) => (list ?? []).map((r) => (r.id === ended.id ? ended : r)))
      void Taro.showToast({ title: '直播已结束', icon: 'success' })
    } catch (failure) {
      toastError(failure, '操作失败，请稍后重试')
    }
  }

  if (error) return <ErrorState error={error} onRetry={load} />
  return (
    <View className='console live-rooms'>
      {form ? (
        <RoomFormCard
          storeId={storeId}
          form={form}
          errors={errors}
          editing={editing !== null}
          busy={busy}
          onChange={(patch) => {
            setForm({ ...form, ...patch })
            setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !(key in patch))))
          }}
          onSave={() => void save()}
          onCancel={close}
        />
      ) : (
        <Button className='console__button live-rooms__new' onClick={() => setForm(emptyLiveForm(new Date()))}>
          新建直播
        </Button>
      )}
      <Text className='console__link live-rooms__eligibility' onClick={() => void Taro.navigateTo({ url: `/packages/merchant/pages/eligibility/index?storeId=${encodeURIComponent(storeId)}` })}>
        开通直播需要满足的条件 ›
      </Text>
      {rooms && rooms.length === 0 && !form ? <EmptyState title='还没有直播' hint='排一场直播，挂上商品，顾客边看边买' /> : null}
      {(rooms ?? []).map((room) => {
        const info = liveStatusInfo(room.status)
        const cover = roomCoverImage(room)
        const counts = liveCountsText(room)
        return (
          <View key={room.id} className='console__card live-item'>
            <View className='live-item__main'>
              {cover ? <Image className='live-item__cover' src={room.cover ? assetUrl(room.cover) : cover} mode='aspectFill' /> : <View className='live-item__cover' />}
              <View className='live-item__text'>
                <View className='live-item__title-row'>
                  <Text className={`live-item__status${info.onAir ? ' live-item__status--on-air' : ''}`}>{liveBadge(room)}</Text>
                  <Text className='live-item__title'>{room.title}</Text>
                </View>
                <Text className='console__hint live-item__when'>{liveScheduleText(room.startAt, room.endAt)}</Text>
                <Text className='console__hint'>
                  挂载商品 {room.goods.length} 件{counts ? ` · ${counts}` : ''}
                </Text>
                {room.coverFlagged ? <Text className='field__error'>封面未通过内容安全检测，顾客看不到，请更换</Text> : null}
              </View>
            </View>
            <View className='live-item__actions'>
              <Text className='console__link live-item__view' onClick={() => void Taro.navigateTo({ url: liveRoomPath(room.id) })}>
                查看
              </Text>
              {canEndRoom(room.status) ? (
                <>
                  <Text
                    className='console__link live-item__edit'
                    onClick={() => {
                      setEditing(room.id)
                      setErrors({})
                      setForm(liveRoomToForm(room))
                    }}
                  >
                    编辑
                  </Text>
                  <Text className='console__link live-item__end' onClick={() => void end(room)}>
                    结束直播
                  </Text>
                </>
              ) : null}
            </View>
          </View>
        )
      })}
    </View>
  )
}

export default withPrivacySheet(LiveRoomsPage)
