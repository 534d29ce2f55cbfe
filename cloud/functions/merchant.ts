// merchant: the store owner's console. Every action checks that the caller owns the store.
import type { FunctionTable } from '../operation'
// ── live (feat/live): merge with the merchant feature's actions ──
import { saveLiveRoom } from '../live/save-room'
// ── end live ──

export const merchant = {
  // ── live (feat/live) ──
  saveLiveRoom,
  // ── end live ──
} satisfies FunctionTable
