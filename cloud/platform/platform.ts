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

export interface Platform {
  kind: 'wechat' | 'local'
  content: ContentCheckAdapter
  messages: MessageAdapter
  pay: PayAdapter
  shipping: ShippingAdapter
}
