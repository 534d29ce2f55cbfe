// Who may do what in a store: the documentation of the staff roles (DESIGN.md 3b), read by the
// one gate every store-scoped action passes (cloud/merchant/own-store.ts), by the console to
// hide what a role cannot do, and by the authorization matrix as its expected answers.
//
// A manager may do everything the owner does except what is listed against it, so a new
// store action is open to managers at once; service and shipping staff may do only what is
// listed for them, so a new action stays closed to them until someone decides otherwise.

export type StaffRole = 'manager' | 'service' | 'shipping'
/** How a person stands in a store: its owner, or a member of its staff. */
export type StoreRole = 'owner' | StaffRole

export const STAFF_ROLES: readonly StaffRole[] = ['manager', 'service', 'shipping']

/** The actions that belong to the owner alone: the staff itself, the store's profile, refunds. */
const OWNER_ONLY_ACTIONS = [
  'merchant.inviteStaff',
  'merchant.listStaff',
  'merchant.removeStaff',
  'merchant.updateStore',
  'merchant.decideRefund',
] as const

/**
 * Answering the store's conversations (客服): the inbox, a thread, a reply, marking it read, and
 * what an answer needs beside the thread: the buyer's recent orders and the saved quick replies
 * (editing those stays with the owner and managers).
 */
const CONVERSATION_ACTIONS = [
  'chat.conversations',
  'chat.list',
  'chat.send',
  'chat.read',
  'chat.recentOrders',
  'chat.listQuickReplies',
] as const

export const ROLE_RULES: Readonly<Record<StaffRole, { label: string; summary: string } & ({ except: readonly string[] } | { only: readonly string[] })>> = {
  manager: { label: '店长', summary: '除店员、店铺资料和退款外，店主能做的都能做', except: OWNER_ONLY_ACTIONS },
  service: {
    label: '客服',
    summary: '查看订单、管理评论、回复顾客消息',
    only: ['merchant.listOrders', 'merchant.listComments', 'merchant.deleteComment', 'merchant.pendingCounts', 'order.logistics', ...CONVERSATION_ACTIONS],
  },
  // Reading an order's parcel trace (物流详情) goes with seeing the store's orders.
  shipping: { label: '发货员', summary: '查看订单并发货', only: ['merchant.listOrders', 'merchant.ship', 'merchant.shipMany', 'merchant.pendingCounts', 'order.logistics'] },
}

export const ROLE_LABELS: Readonly<Record<StoreRole, string>> = {
  owner: '店主',
  manager: ROLE_RULES.manager.label,
  service: ROLE_RULES.service.label,
  shipping: ROLE_RULES.shipping.label,
}

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value)
}

/** Whether `role` may run `action` ("function.action") in its store. The owner may run them all. */
export function roleMay(role: StoreRole, action: string): boolean {
  if (role === 'owner') return true
  const rule = ROLE_RULES[role]
  return 'except' in rule ? !rule.except.includes(action) : rule.only.includes(action)
}

/** How long an invitation stays open, and how it is written (no 0/O, 1/I: read aloud or typed). */
export const INVITE_TTL_MS = 24 * 60 * 60 * 1000
export const INVITE_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
export const INVITE_CODE_LENGTH = 10
export const INVITE_CODE_PATTERN = /^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{10}$/

/** The page an invitation opens (a subpackage page, as wxacode.getUnlimited needs it: no "/", no query). */
export const ACCEPT_INVITE_PAGE = 'packages/merchant/pages/accept-invite/index'

/** Typed codes arrive in any case and with spaces; the stored code is upper case. */
export function normalizeInviteCode(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase()
}

/** merchant.inviteStaff's answer (DESIGN.md 3b, plus the Mini Program code's image). */
export interface StaffInvite {
  inviteCode: string
  role: StaffRole
  /** The accept page with the code, for a share card (useShareAppMessage). */
  path: string
  expiresAt: string
  /** The Mini Program code of the accept page (scene = the invitation code), as stored. */
  image: string
}

/** merchant.viewInvite: what the accept page shows before anyone accepts. */
export interface InviteView {
  storeId: string
  storeName: string
  role: StaffRole
  expiresAt: string
  /** open: can be accepted; used: someone accepted it; expired: too late; own: the caller owns the store. */
  status: 'open' | 'used' | 'expired' | 'own'
}

/** One row of merchant.listStaff. */
export interface StaffMember {
  openid: string
  nickname: string
  role: StaffRole
  since: string
}
