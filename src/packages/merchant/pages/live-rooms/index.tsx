// 直播 (merchant): the store's rooms with their status, schedule and pinned goods; create and
// edit a room (title, time, cover, goods, the WeChat room number); end one; open it as a
// shopper sees it. The eligibility checklist is one tap away for a store's first room.
import { Button, Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { liveBadge, liveCountsText, liveRoomPath, liveStatusInfo, roomCoverImage, type LiveRoom } from '@/domain/live'
import { canEndRoom } from '@/domain/live-status'
import { emptyLiveForm, liveFormToInput, liveRoomToForm, liveScheduleText, type LiveRoomForm } from '@/domain/live-form'
import { EmptyState, ErrorState } from '@/components/state-views'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import { assetUrl } from '@/services/config'
import { saveLiveRoom } from '@/services/live'
import { endStoreRoom, listStoreRooms } from '@/services/live-console'
import { toastError } from '@/services/toast'
import { ROOM_NUMBER_REQUIRED } from '../../components/room-number-field'
import { useListEditor } from '../../components/use-list-editor'
import { RoomFormCard } from './room-form-card'
import '../../console.css'
import './index.css'

function LiveRoomsPage() {
  const { storeId, items: rooms, error, load, form, editing, open, save, replace, card } = useListEditor<LiveRoom, LiveRoomForm>(listStoreRooms)

  const saveForm = () =>
    save(
      (filled) => liveFormToInput(filled, { requireRoomNumber: ROOM_NUMBER_REQUIRED }),
      (input, roomId) => saveLiveRoom({ storeId, ...(roomId ? { roomId } : {}), ...input }),
      editing ? '已保存' : '已创建',
    )
  const end = async (room: LiveRoom) => {
    const { confirm } = await Taro.showModal({ title: '结束直播', content: `结束「${room.title}」后，顾客将看到直播已结束。`, confirmText: '结束' })
    if (!confirm) return
    try {
      replace(await endStoreRoom(storeId, room.id))
      void Taro.showToast({ title: '直播已结束', icon: 'success' })
    } catch (failure) {
      toastError(failure, '操作失败，请稍后重试')
    }
  }

  if (error) return <ErrorState error={error} onRetry={load} />
  return (
    <View className='console live-rooms'>
      {form ? (
        <RoomFormCard {...card} form={form} onSave={() => void saveForm()} />
      ) : (
        <Button className='console__button live-rooms__new' onClick={() => open(emptyLiveForm(new Date()))}>
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
                    onClick={() => open(liveRoomToForm(room), room.id)}
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
