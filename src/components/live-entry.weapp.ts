// weapp: a room that can be entered opens in WeChat's live plugin, carrying the attribution in
// custom_params; one that cannot (banned, failing, expired) opens our room page, which says why.
import Taro from '@tarojs/taro'
import { liveRoomPath, livePluginUrl, liveStatusInfo, type LiveRoom } from '@/domain/live'

export function enterLiveRoom(room: Pick<LiveRoom, 'id' | 'storeId' | 'status' | 'platformRoomId'>): void {
  const url =
    liveStatusInfo(room.status).enter && room.platformRoomId
      ? livePluginUrl(room.platformRoomId, { roomId: room.id, storeId: room.storeId })
      : liveRoomPath(room.id)
  void Taro.navigateTo({ url })
}
