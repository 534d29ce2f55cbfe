// How long the free texts that both the app's inputs and the cloud's input schemas limit may be,
// in characters: one number each, so a box never lets through what the cloud then refuses.
// (Texts owned by one feature keep their limit beside it: post.ts, chat.ts, comments.ts,
// store-profile.ts, product-form.ts, entry-codec.ts.)

/** 订单备注, at checkout and in a 接龙 order. */
export const ORDER_NOTE_MAX = 200
/** The shopper's 退款原因. */
export const REFUND_REASON_MAX = 200
/** The merchant's reason for refusing a refund. */
export const REFUND_REFUSAL_MAX = 200
/** A comment in a live room. */
export const LIVE_COMMENT_MAX = 200
