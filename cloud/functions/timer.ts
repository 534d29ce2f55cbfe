// timer: scheduled work, run by the platform's trigger (never callable by shoppers). The one
// minute trigger is named `tick` and runs every periodic job (cloud/timer/periodic-jobs.ts);
// the other actions run one job alone.
import type { FunctionTable } from '../operation'
import { syncLiveRooms } from '../live/sync-rooms'
import { recordMediaVerdict } from '../media/record-verdict'
import { expireOrders } from '../timer/expire-orders'
import { tick } from '../timer/tick'

export const timer = {
  // ── orders: unpaid orders expire ──
  expireOrders,
  tick,
  // ── live ──
  syncLiveRooms,
  // ── media checks: the wxa_media_check message push (消息推送 names this function) ──
  mediaCheckResult: recordMediaVerdict,
} satisfies FunctionTable
