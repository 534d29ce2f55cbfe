// timer: scheduled work, run by the platform's trigger (never callable by shoppers).
import type { FunctionTable } from '../operation'
// ── live (feat/live): merge with the order feature's expireOrders ──
import { syncLiveRooms } from '../live/sync-rooms'
// ── end live ──

export const timer = {
  // ── live (feat/live) ──
  syncLiveRooms,
  // ── end live ──
} satisfies FunctionTable
