// Live rooms: the wire types, what each platform status (101–107) lets a shopper do, and the
// attribution a room carries into the live plugin and onto the goods it opens.
import { AppError } from './errors'

/** getliveinfo's live_status: 101 live, 102 not started, 103 ended, 104 banned, 105 paused, 106 error, 107 expired. */
export const LIVE_STATUSES = [101, 102, 103, 104, 105, 106, 107] as const
export type LiveStatus = (typeof LIVE_STATUSES)[number]

export function isLiveStatus(value: unknown): value is LiveStatus {
  return typeof value === 'number' && (LIVE_STATUSES as readonly number[]).includes(value)
}

/** A pinned product as the room shows it (on-sale products only). */
export interface LiveGood {
  id: string
  title: string
  image: string
  /** Lowest SKU price, in fen. */
  price: number
  soldOut: boolean
}

export interface LiveRoom {
  id: string
  storeId: string
  /** The platform's room id (the number of the room in WeChat's live console); the plugin needs it. */
  platformRoomId: string
  title: string
  /** '' to everyone but the store's owner once a media check ruled the cover risky. */
  cover: string
  /** Only to the store's owner: the cover is hidden from shoppers as risky. */
  coverFlagged?: boolean
  anchorName: string
  status: LiveStatus
  startAt: string
  endAt: string
  productIds: string[]
  viewers: number
  likes: number
  comments: number
  streamUrl: string
  replayUrl: string
  goods: LiveGood[]
  /** Whether the caller asked for the 开播提醒 of this room. */
  subscribed: boolean
}

export interface LiveComment {
  id: string
  roomId: string
  text: string
  /** held: waiting for the merchant after the content check asked for review; only its author sees it. */
  status: 'visible' | 'held'
  /** A display name that does not reveal who wrote it. */
  author: string
  mine: boolean
  createdAt: string
}

export type LiveGroup = 'live' | 'upcoming' | 'replay'

export const LIVE_GROUP_TITLES: Record<LiveGroup, string> = { live: '直播中', upcoming: '预告', replay: '回放' }

export interface LiveStatusInfo {
  status: number
  /** The badge text. */
  label: string
  /** Where the room is listed; null: not listed to shoppers. */
  group: LiveGroup | null
  /** Said instead of a player when the room cannot be watched now. */
  notice: string | null
  /** The room is on air: banners on the store and its pinned products point to it. */
  onAir: boolean
  /** The room can be entered (the live plugin on weapp). */
  enter: boolean
  /** Which of the room's URLs a player plays (H5), if any. */
  player: 'stream' | 'replay' | null
  like: boolean
  comment: boolean
  subscribe: boolean
}

const INFO: Record<LiveStatus, Omit<LiveStatusInfo, 'status'>> = {
  101: { label: '直播中', group: 'live', notice: null, onAir: true, enter: true, player: 'stream', like: true, comment: true, subscribe: false },
  105: {
    label: '暂停中',
    group: 'live',
    notice: '主播暂时离开，马上回来',
    onAir: true,
    enter: true,
    player: null,
    like: true,
    comment: true,
    subscribe: false,
  },
  106: {
    label: '直播异常',
    group: 'live',
    notice: '直播信号出现异常，暂时无法观看，请稍后再来',
    onAir: false,
    enter: false,
    player: null,
    like: false,
    comment: false,
    subscribe: false,
  },
  102: { label: '预告', group: 'upcoming', notice: null, onAir: false, enter: true, player: null, like: false, comment: false, subscribe: true },
  103: { label: '已结束', group: 'replay', notice: null, onAir: false, enter: true, player: 'replay', like: true, comment: true, subscribe: false },
  107: {
    label: '回放已过期',
    group: 'replay',
    notice: '这场直播的回放已过期，去店铺看看同款好物吧',
    onAir: false,
    enter: false,
    player: null,
    like: false,
    comment: false,
    subscribe: false,
  },
  104: {
    label: '已关闭',
    group: null,
    notice: '该直播间因违反平台规范已被关闭，无法观看',
    onAir: false,
    enter: false,
    player: null,
    like: false,
    comment: false,
    subscribe: false,
  },
}

const UNKNOWN: Omit<LiveStatusInfo, 'status'> = {
  label: '暂不可看',
  group: null,
  notice: '直播间暂时无法访问，请稍后再来',
  onAir: false,
  enter: false,
  player: null,
  like: false,
  comment: false,
  subscribe: false,
}

/** What a status means for the shopper; a status the platform adds later is treated as unavailable. */
export function liveStatusInfo(status: number): LiveStatusInfo {
  return { status, ...(isLiveStatus(status) ? INFO[status] : UNKNOWN) }
}

/** The badge of a room: an ended room with a replay says 回放. */
export function liveBadge(room: Pick<LiveRoom, 'status' | 'replayUrl'>): string {
  const info = liveStatusInfo(room.status)
  return info.player === 'replay' && room.replayUrl ? '回放' : info.label
}

/** The room's cover, or the first good's photo when the merchant set none. */
export function roomCoverImage(room: Pick<LiveRoom, 'cover' | 'goods'>): string {
  return room.cover || room.goods[0]?.image || ''
}

/** The URL a player on H5 plays for this room now, or '' when there is none to play. */
export function playableUrl(room: Pick<LiveRoom, 'status' | 'streamUrl' | 'replayUrl'>): string {
  const { player } = liveStatusInfo(room.status)
  if (player === 'stream') return room.streamUrl
  if (player === 'replay') return room.replayUrl
  return ''
}

export interface LiveRoomGroup<R> {
  group: LiveGroup
  title: string
  rooms: R[]
}

type Groupable = Pick<LiveRoom, 'status' | 'startAt'>

/**
 * Rooms under 直播中 / 预告 / 回放 in that order, empty groups left out: on-air rooms first
 * (the latest start first), then what starts soonest, then the most recent replays.
 */
export function groupRooms<R extends Groupable>(rooms: readonly R[]): LiveRoomGroup<R>[] {
  const order: LiveGroup[] = ['live', 'upcoming', 'replay']
  const time = (room: R) => Date.parse(room.startAt)
  return order
    .map((group) => {
      const members = rooms.filter((room) => liveStatusInfo(room.status).group === group)
      members.sort((a, b) => {
        if (group === 'live') {
          // Actually streaming before paused or failing ones.
          const rank = (room: R) => {
            const info = liveStatusInfo(room.status)
            return info.player === 'stream' ? 0 : info.onAir ? 1 : 2
          }
          return rank(a) - rank(b) || time(b) - time(a)
        }
        return group === 'upcoming' ? time(a) - time(b) : time(b) - time(a)
      })
      return { group, title: LIVE_GROUP_TITLES[group], rooms: members }
    })
    .filter((group) => group.rooms.length > 0)
}

/**
 * A room list opened for one room (a room's code or link): that room first, on its own, and
 * the store's other rooms below it. Without a room, or when it is not in the list, all of them.
 */
export function splitSelectedRoom<R extends { id: string }>(rooms: readonly R[], roomId?: string | null): { selected: R | null; others: R[] } {
  const selected = (roomId && rooms.find((room) => room.id === roomId)) || null
  return { selected, others: selected ? rooms.filter((room) => room !== selected) : [...rooms] }
}

/** The room a "直播中" banner points to: on air, and pinning `productId` when one is given. */
export function onAirRoom<R extends Pick<LiveRoom, 'status' | 'startAt' | 'productIds'>>(
  rooms: readonly R[],
  productId?: string,
): R | null {
  const candidates = rooms.filter(
    (room) => liveStatusInfo(room.status).onAir && (productId === undefined || room.productIds.includes(productId)),
  )
  return groupRooms(candidates)[0]?.rooms[0] ?? null
}

// ─── Attribution ────────────────────────────────────────────────────────────────────────────

export const LIVE_PLUGIN_APPID = 'wx2b03c6e691cd7370'
export const LIVE_PLUGIN_PAGE = `plugin-private://${LIVE_PLUGIN_APPID}/pages/live-player-plugin`
/** The plugin's limit on the custom_params value, counted on the URI-encoded string. */
export const CUSTOM_PARAMS_MAX = 600

export interface LiveAttribution {
  roomId: string
  storeId?: string
  /** OPENID of who shared the room. */
  sharer?: string
  campaign?: string
}

/**
 * custom_params for the live plugin: URI-encoded JSON `{ src: 'live', room, store?, sharer?,
 * campaign? }`, at most 600 characters. When it would be longer, the campaign and then the
 * sharer are dropped: the room (what the order is attributed to) is never lost.
 */
export function buildCustomParams(attribution: LiveAttribution): string {
  const base: Record<string, string> = { src: 'live', room: attribution.roomId }
  if (attribution.storeId) base.store = attribution.storeId
  const withSharer = attribution.sharer ? { ...base, sharer: attribution.sharer } : base
  const full = attribution.campaign ? { ...withSharer, campaign: attribution.campaign } : withSharer
  for (const candidate of [full, withSharer, base]) {
    const encoded = encodeURIComponent(JSON.stringify(candidate))
    if (encoded.length <= CUSTOM_PARAMS_MAX) return encoded
  }
  throw new AppError('VALIDATION_FAILED', '直播间参数过长')
}

/** Reads custom_params back (as the plugin hands it to goods and share pages); null when it is not ours. */
export function parseCustomParams(value: string | undefined | null): LiveAttribution | null {
  if (!value) return null
  let parsed: unknown
  try {
    // Pages receive it encoded once more or not at all, depending on who built the path.
    let text = value
    for (let i = 0; i < 3 && !text.trimStart().startsWith('{'); i++) text = decodeURIComponent(text)
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  if (!parsed || typeof parsed !== 'object') return null
  const { src, room, store, sharer, campaign } = parsed as Record<string, unknown>
  if (src !== 'live' || typeof room !== 'string' || !room) return null
  const attribution: LiveAttribution = { roomId: room }
  if (typeof store === 'string' && store) attribution.storeId = store
  if (typeof sharer === 'string' && sharer) attribution.sharer = sharer
  if (typeof campaign === 'string' && campaign) attribution.campaign = campaign
  return attribution
}

/**
 * The live attribution of a page query: `src=live&room=ID` (our own links and the room page's
 * goods) or the plugin's `custom_params`. Null when the page was not opened from a room.
 */
export function liveAttributionFromQuery(query: Record<string, string | undefined>): LiveAttribution | null {
  if (query.src === 'live' && query.room) {
    const attribution: LiveAttribution = { roomId: query.room }
    if (query.storeId) attribution.storeId = query.storeId
    return attribution
  }
  return parseCustomParams(query.custom_params)
}

/**
 * What a page opened from a room reports as its visit: its own query with the room's attribution
 * as plain fields (src=live, room, and from custom_params the store, who shared the room and its
 * campaign). Null when the page was not opened from a room.
 */
export function liveArrivalQuery(query: Record<string, string | undefined>): Record<string, string> | null {
  const live = liveAttributionFromQuery(query)
  if (!live) return null
  const { roomId, ...more } = live
  const plain: Record<string, string> = {}
  for (const [key, value] of Object.entries(query)) if (value !== undefined && key !== 'custom_params') plain[key] = value
  return { ...plain, ...more, src: 'live', room: roomId }
}

/** The page WeChat opens to enter a room through the live plugin. */
export function livePluginUrl(platformRoomId: string, attribution: LiveAttribution): string {
  return `${LIVE_PLUGIN_PAGE}?room_id=${encodeURIComponent(platformRoomId)}&custom_params=${buildCustomParams(attribution)}`
}

/** Our own room page (H5, and on weapp the place for rooms that cannot be entered). */
export function liveRoomPath(roomId: string): string {
  return `/packages/live/pages/room/index?id=${encodeURIComponent(roomId)}`
}

/** A pinned product opened from a room: the query carries the attribution the checkout passes on. */
export function liveProductPath(productId: string, roomId: string): string {
  return `/pages/product/index?id=${encodeURIComponent(productId)}&src=live&room=${encodeURIComponent(roomId)}`
}

/** The room list of a store. */
export function liveListPath(storeId: string): string {
  return `/packages/live/pages/index/index?storeId=${encodeURIComponent(storeId)}`
}

/** 12 → "12", 12345 → "1.2万": counts as Chinese apps show them. */
export function compactCount(n: number): string {
  if (n < 10_000) return String(Math.max(0, Math.floor(n)))
  const wan = Math.floor(n / 1_000) / 10
  return `${wan % 1 === 0 ? wan.toFixed(0) : wan.toFixed(1)}万`
}

/** "126人看过 · 88赞 · 12评论", leaving out what is still zero. */
export function liveCountsText(room: Pick<LiveRoom, 'viewers' | 'likes' | 'comments'>): string {
  const parts: string[] = []
  if (room.viewers > 0) parts.push(`${compactCount(room.viewers)}人看过`)
  if (room.likes > 0) parts.push(`${compactCount(room.likes)}赞`)
  if (room.comments > 0) parts.push(`${compactCount(room.comments)}评论`)
  return parts.join(' · ')
}

/**
 * What WeChat asks of a Mini Program before it may go live (DESIGN.md section 5): the console
 * shows it to the merchant before the first room is scheduled.
 */
export const LIVE_ELIGIBILITY_CHECKLIST: readonly string[] = [
  '小程序类目属于直播开放的电商类目',
  '主体近期没有严重违规记录',
  '满足任一人群门槛：如主体下公众号粉丝、小程序日活或广告投放达到平台要求',
  '已在小程序管理后台开通「直播」并创建直播间，记下房间号',
]
