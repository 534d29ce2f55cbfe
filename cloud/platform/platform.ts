// The WeChat capabilities the cloud uses, each with a local twin that behaves like the
// platform. Operations see only this interface (ctx.platform); cloud/platform/wechat/*
// and cloud/platform/local/* implement it. Features add their capability here.

/** security.msgSecCheck v2 scenes: 1 profile, 2 comment, 3 forum, 4 social log. */
export type ContentScene = 1 | 2 | 3 | 4

export interface ContentVerdict {
  suggest: 'pass' | 'review' | 'risky'
  /** 100 ok, 10001 ad, 20001 politics, 20002 porn, 20003 abuse, 20006 illegal, 20008 fraud… */
  label: number
}

export interface ContentCheckAdapter {
  checkText(input: { text: string; openid: string; scene: ContentScene }): Promise<ContentVerdict>
}

/** security.mediaCheckAsync v2 (WECHAT-API.md section 4): images only here, mediaType 2. */
export interface MediaCheckRequest {
  /** The image as we store it: a cloud file id (cloud://…), a local /files/… path or an https URL. */
  image: string
  /** The user who supplied it; WeChat wants someone active in the last two hours. */
  openid: string
  scene: ContentScene
}

/** The wxa_media_check message push, as WeChat delivers it to the function set in 消息推送. */
export interface MediaCheckEvent {
  ToUserName: string
  FromUserName: string
  CreateTime: number
  MsgType: 'event'
  Event: 'wxa_media_check'
  appid: string
  trace_id: string
  version: 2
  result: ContentVerdict
  detail: Array<{ strategy: string; errcode: number; suggest: string; label: number; prob?: number }>
  errcode?: number
  errmsg?: string
}

export interface MediaCheckAdapter {
  /**
   * Asks for an asynchronous check and answers at once with its trace id; the verdict comes
   * later as a MediaCheckEvent (within 30 minutes on WeChat), matched on trace_id.
   */
  checkImage(request: MediaCheckRequest): Promise<{ traceId: string }>
}

export interface OutgoingMessage {
  touser: string
  templateId: string
  page: string
  data: Record<string, unknown>
}

export interface MessageAdapter {
  /** Delivers one subscribe message; throws when the platform refuses (e.g. 43101 no quota). */
  send(message: OutgoingMessage): Promise<void>
}

/** A room as we scheduled it, handed to the platform to look up (the local twin answers from it). */
export interface KnownLiveRoom {
  platformRoomId: string
  title: string
  cover: string
  anchorName: string
  startAt: Date
  endAt: Date
}

/** A room as the platform reports it (getliveinfo's room_info). */
export interface PlatformLiveRoom {
  platformRoomId: string
  name: string
  cover: string
  anchorName: string
  /** live_status, 101–107. */
  status: number
  startAt: Date
  endAt: Date
}

export interface LiveAdapter {
  /** The shortest gap between two syncs that the platform's daily quota allows (0: none). */
  minSyncIntervalMs: number
  /**
   * The room id for a room scheduled without one. The local twin opens a room; on WeChat
   * rooms are created in the live console, so it refuses and asks for the room number.
   */
  openRoom(room: Omit<KnownLiveRoom, 'platformRoomId'>): Promise<string>
  /** The platform's view of these rooms at `now`; rooms it does not have are left out. */
  getRooms(rooms: KnownLiveRoom[], now: Date): Promise<PlatformLiveRoom[]>
}

/** Mini Program codes and links (WECHAT-API.md sections 2 and 3). */
export interface EntryLinkAdapter {
  /**
   * wxacode.getUnlimited for `page` (no leading "/", no query) with `scene` (≤ 32 characters),
   * stored where the app can show it: a cloud file id in WeChat, a served path locally.
   */
  createCode(input: { scene: string; page: string }): Promise<{ image: string }>
  /** urllink.generate: opens `page?query` until expiresAt (at most 30 days away). */
  createUrlLink(input: { page: string; query: Record<string, string>; expiresAt: Date }): Promise<{ url: string }>
  /** urlscheme.generate: the weixin:// link a phone browser hands over to WeChat. */
  createUrlScheme(input: { page: string; query: Record<string, string>; expiresAt: Date }): Promise<{ openlink: string }>
  /** Where the H5 build (and its landing page) is served, or null when it is not deployed. */
  webBase(): string | null
}

/** What code2Session (WECHAT-API.md section 10) tells about a wx.login code. */
export interface LoginIdentity {
  openid: string
  unionid?: string
}

/**
 * code2Session refused the code: WeChat's errcode and errmsg (40029 invalid code, 40163 code
 * used, 45011 too frequent, 40226 risky user, -1 busy). Both the adapter and its twin throw it.
 */
export class LoginRefused extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`code2Session refused: ${errcode} ${errmsg}`)
    this.name = 'LoginRefused'
  }
}

export interface LoginAdapter {
  /** Exchanges a wx.login code for the user's OPENID; throws LoginRefused when WeChat says no. */
  code2Session(code: string): Promise<LoginIdentity>
}

export interface PayRequest {
  /** Our order id, sent as out_trade_no. */
  orderId: string
  /** Fen, ≥ 1. */
  amount: number
  /** What the payment sheet and the bill show. */
  description: string
  /** The payer (the order's buyer). */
  openid: string
  /** After this the platform refuses to take the money (our order expires then). */
  expiresAt: Date
}

export interface RefundRequest {
  orderId: string
  /** Stable per refund: a retry with the same number never refunds twice. */
  refundNo: string
  /** What was paid, in fen. */
  total: number
  /** What goes back, in fen. */
  amount: number
  reason: string
}

export interface PayAdapter {
  provider: 'wechat' | 'simulated'
  /** Opens a payment; resolves with the parameters the client's payment sheet takes. */
  unifiedOrder(request: PayRequest): Promise<Record<string, unknown>>
  /** Asks for money back. 'pending' until the platform reports the refund done. */
  refund(request: RefundRequest): Promise<{ status: 'succeeded' | 'pending' }>
}

export interface ShipmentUpload {
  /** The platform's transaction id of the payment. */
  transactionId: string
  payerOpenid: string
  delivery: 'express' | 'pickup'
  /** Delivery company id (get_delivery_list), for express. */
  carrier: string | null
  trackingNo: string | null
  /** ≤ 120 characters: what was sent. */
  itemDesc: string
  /** The receiver's phone, masked (SF requires the last four digits). */
  receiverContact: string | null
  shippedAt: Date
}

export interface ShippingAdapter {
  /** Tells WeChat the order shipped (required before the funds settle). */
  uploadShippingInfo(shipment: ShipmentUpload): Promise<void>
}

/** logistics.getPath's request (物流助手 查询运单轨迹), in the SDK's camelCase. */
export interface LogisticsPathRequest {
  /** Our order id (order_id). */
  orderId: string
  /** The buyer (openid). */
  openid: string
  /** The carrier's delivery id (delivery_id, from getAllDelivery): SF, ZTO… */
  deliveryId: string
  /** The tracking number (waybill_id). */
  waybillId: string
  /**
   * Not sent to WeChat, which knows its own waybills: when the parcel left, so the local
   * twin can answer with a trace that fits the order.
   */
  shippedAt: Date
  now: Date
}

/** logistics.getPath's answer as wx-server-sdk returns it (snake_case keys turned camelCase). */
export interface LogisticsPath {
  openid: string
  deliveryId: string
  waybillId: string
  pathItemNum: number
  pathItemList: Array<{ actionTime: number; actionType: number; actionMsg: string }>
}

export interface LogisticsAdapter {
  /** The waybill's trace; throws (with WeChat's errCode) when the platform refuses or fails. */
  getPath(request: LogisticsPathRequest): Promise<LogisticsPath>
}

/** Files the merchant console hands out (exports) and takes in (imports). */
export interface FileAdapter {
  /**
   * Keeps a finished export (a file on local disk, moved away) where its owner can download
   * it: a URL with an unguessable token that stops working after `expiresAt`.
   */
  publishExport(input: { localPath: string; fileName: string; expiresAt: Date }): Promise<{ url: string }>
  /**
   * The bytes of a file the merchant uploaded through our own upload path (a local
   * /files/uploads/… path, or a cloud:// file id of this environment); anything else, a URL
   * elsewhere included, is refused with VALIDATION_FAILED and never fetched.
   */
  readUpload(fileUrl: string, maxBytes: number): Promise<Buffer>
}

export interface Platform {
  kind: 'wechat' | 'local'
  content: ContentCheckAdapter
  media: MediaCheckAdapter
  messages: MessageAdapter
  live: LiveAdapter
  entryLinks: EntryLinkAdapter
  login: LoginAdapter
  pay: PayAdapter
  shipping: ShippingAdapter
  files: FileAdapter
  logistics: LogisticsAdapter
}
