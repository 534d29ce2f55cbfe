// timer: scheduled work, run by the platform's trigger (never callable by shoppers). The minute
// trigger is named `tick` (scripts/bundle-functions.ts).
import type { FunctionTable } from '../operation'
import { syncLiveRooms } from '../live/sync-rooms'
import { recordMediaVerdict } from '../media/record-verdict'
import { expireOrders } from '../timer/expire-orders'
import { tick } from '../timer/tick'

export const timer = {
  // ── orders (issue 5): unpaid orders expire; tick = expireOrders + outbox delivery ──
  expireOrders,
  tick,
  // ── live (issue 7) ──
  syncLiveRooms,
  // ── media checks: the wxa_media_check message push (消息推送 names this function) ──
  mediaCheckResult: recordMediaVerdict,
} satisfies FunctionTable
