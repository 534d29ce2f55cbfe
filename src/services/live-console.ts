// The console's live-room calls. Apart from live.ts, which main-package pages bundle (live banners).
import type { LiveRoom } from '@/domain/live'
import { callCloud } from './cloud'
import { assetUrl } from './config'

/** Goods photos become loadable URLs; the cover stays the stored path the form sends back. */
function withGoodsUrls(room: LiveRoom): LiveRoom {
  return { ...room, goods: room.goods.map((good) => ({ ...good, image: assetUrl(good.image) })) }
}

/** merchant.listLiveRooms: the store's rooms for its console. */
export async function listStoreRooms(storeId: string): Promise<LiveRoom[]> {
  const { items } = await callCloud('merchant', 'listLiveRooms', { storeId })
  return items.map(withGoodsUrls)
}

/** merchant.endLiveRoom. */
export async function endStoreRoom(storeId: string, roomId: string): Promise<LiveRoom> {
  return withGoodsUrls(await callCloud('merchant', 'endLiveRoom', { storeId, roomId }))
}
