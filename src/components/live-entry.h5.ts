// H5: there is no live plugin outside WeChat; rooms open in our own room page.
import Taro from '@tarojs/taro'
import { liveRoomPath, type LiveRoom } from '@/domain/live'

export function enterLiveRoom(room: Pick<LiveRoom, 'id' | 'storeId' | 'status' | 'platformRoomId'>): void {
  void Taro.navigateTo({ url: liveRoomPath(room.id) })
}
