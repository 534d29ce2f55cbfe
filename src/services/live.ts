// Live-room calls, reshaped for the UI: stored image paths become loadable URLs.
import type { Page } from '@/domain/envelope'
import type { LiveComment, LiveRoom } from '@/domain/live'
import { callCloud } from './cloud'
import { assetUrl } from './config'

function withUrls(room: LiveRoom): LiveRoom {
  return { ...room, cover: assetUrl(room.cover), goods: room.goods.map((good) => ({ ...good, image: assetUrl(good.image) })) }
}

export async function listRooms(storeId: string): Promise<LiveRoom[]> {
  const { items } = await callCloud('live', 'listRooms', { storeId })
  return items.map(withUrls)
}

export async function getRoom(roomId: string): Promise<LiveRoom> {
  return withUrls(await callCloud('live', 'getRoom', { roomId }))
}

/** 开播提醒. */
export async function subscribeRoom(roomId: string): Promise<LiveRoom> {
  return withUrls(await callCloud('live', 'subscribe', { roomId }))
}

export async function likeRoom(roomId: string): Promise<LiveRoom> {
  return withUrls(await callCloud('live', 'like', { roomId }))
}

export async function commentRoom(roomId: string, text: string): Promise<LiveComment> {
  return callCloud('live', 'comment', { roomId, text })
}

export async function listRoomComments(roomId: string, cursor?: string | null): Promise<Page<LiveComment>> {
  return callCloud('live', 'listComments', { roomId, cursor })
}

export interface LiveRoomDraft {
  storeId: string
  roomId?: string
  title: string
  cover?: string
  anchorName?: string
  startAt: string
  endAt: string
  productIds: string[]
  /** The room number from WeChat's live console (required on WeChat). */
  platformRoomId?: string
  streamUrl?: string
  replayUrl?: string
}

/** merchant.saveLiveRoom, for the console. */
export async function saveLiveRoom(draft: LiveRoomDraft): Promise<LiveRoom> {
  return withUrls(await callCloud('merchant', 'saveLiveRoom', { ...draft }))
}
