// The store's front door to its live room: "直播中" when a room is on air (on a product page,
// only when the product is pinned to it), else on the store home a line to the next room. No
// dayjs here: the store home is the first page loaded, and its JS budget is tight.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { groupRooms, liveListPath, onAirRoom, type LiveRoom } from '@/domain/live'
import { enterLiveRoom } from './live-entry'
import './live-banner.css'

export function LiveBanner({ rooms, productId }: { rooms: LiveRoom[]; productId?: string }) {
  const onAir = onAirRoom(rooms, productId)
  if (onAir) {
    return (
      <View className={`live-banner live-banner--on-air ${productId ? 'live-banner--product' : ''}`} onClick={() => enterLiveRoom(onAir)}>
        <Text className='live-banner__badge'>直播中</Text>
        <Text className='live-banner__title'>{productId ? `本品正在直播间热卖 · ${onAir.title}` : onAir.title}</Text>
        <Text className='live-banner__go'>{onAir.viewers > 0 ? `${onAir.viewers}人看过 ` : ''}去看看 ›</Text>
      </View>
    )
  }
  if (productId) return null
  const next = groupRooms(rooms).find((group) => group.group === 'upcoming')?.rooms[0]
  if (!next) return null
  return (
    <View className='live-banner live-banner--upcoming' onClick={() => void Taro.navigateTo({ url: liveListPath(next.storeId) })}>
      <Text className='live-banner__badge'>直播预告</Text>
      <Text className='live-banner__title'>{next.title}</Text>
      <Text className='live-banner__go'>›</Text>
    </View>
  )
}
