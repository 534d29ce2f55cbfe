// merchant: the store's console. Every store-scoped action checks, through requireOwnStore,
// that the caller owns the store it names or is on its staff in a role that may run it.
import { saveLiveRoom } from '../live/save-room'
import { endLiveRoom } from '../live/end-room'
import { listLiveRooms } from '../live/list-store-rooms'
import { deletePost } from '../merchant/delete-post'
import { approveComment } from '../merchant/approve-comment'
import { deleteComment } from '../merchant/delete-comment'
import { replyReview } from '../merchant/reply-review'
import { reportReview } from '../merchant/report-review'
import { listComments } from '../merchant/list-comments'
import { listProducts } from '../merchant/list-products'
import { listMyStores, openStore } from '../merchant/open-store'
import { savePost } from '../merchant/save-post'
import { saveProduct } from '../merchant/save-product'
import { setProductStatus } from '../merchant/set-product-status'
import { stats } from '../merchant/stats'
import { updateStore } from '../merchant/update-store'
import { decideRefund } from '../merchant-orders/decide-refund'
import { listOrders } from '../merchant-orders/list-orders'
import { ship } from '../merchant-orders/ship'
import { shipMany } from '../merchant-orders/ship-many'
import { pendingCounts } from '../merchant-orders/pending-counts'
import { closeJielong } from '../jielong/close'
import { listJielongs } from '../jielong/list'
import { saveJielong } from '../jielong/save'
import { jielongSheet } from '../jielong/sheet'
import { getAlertSettings } from '../alerts/get-alert-settings'
import { grantAlerts } from '../alerts/grant-alerts'
import { listNotifications } from '../alerts/list-notifications'
import { markNotificationsRead } from '../alerts/mark-notifications-read'
import { saveAlertSettings } from '../alerts/save-alert-settings'
import { exportOrders } from '../export/export-orders'
import { exportJielongSheet } from '../export/export-jielong-sheet'
import { importProducts } from '../import/import-products'
import { importTemplate } from '../import/import-template'
import type { FunctionTable } from '../operation'
import { saveShippingRules } from '../shipping/save-rules'
import { acceptInvite } from '../staff/accept-invite'
import { inviteStaff } from '../staff/invite-staff'
import { listStaff } from '../staff/list-staff'
import { removeStaff } from '../staff/remove-staff'
import { viewInvite } from '../staff/view-invite'
import { listCustomers } from '../merchant/list-customers'
import { saveCategories } from '../merchant/save-categories'
import { listCategories } from '../merchant/list-categories'
import { grantCoupon } from '../coupon/grant-coupon'
import { listCoupons } from '../coupon/list-coupons'
import { saveCoupon } from '../coupon/save-coupon'
import { setCouponStatus } from '../coupon/set-coupon-status'

export const merchant = {
  // ── console: stores, products, comments, growth codes, sales by source ──
  openStore,
  listMyStores,
  updateStore,
  listProducts,
  saveProduct,
  setProductStatus,
  listComments,
  deleteComment,
  approveComment,
  replyReview,
  reportReview,
  stats,
  // ── end of the console block ──
  // ── live rooms ──
  saveLiveRoom,
  listLiveRooms,
  endLiveRoom,
  // ── store posts; shoppers read them through the post function ──
  savePost,
  deletePost,
  // ── orders: listing by status, shipping, refund decisions (cloud/merchant-orders) ──
  listOrders,
  ship,
  decideRefund,
  // ── merchant order tools: 批量发货, what waits on the console home (cloud/merchant-orders) ──
  shipMany,
  pendingCounts,
  // ── shipping rules: fees by province, free-over, pickup (cloud/shipping) ──
  saveShippingRules,
  // ── 接龙 (cloud/jielong); shoppers join through the jielong function ──
  saveJielong,
  closeJielong,
  listJielongs,
  jielongSheet,
  // ── staff (店员): invitations and members; roles are checked by the gate (cloud/staff) ──
  inviteStaff,
  viewInvite,
  acceptInvite,
  listStaff,
  removeStaff,
  // ── alerts: settings, subscribe-message grants, the in-app list (cloud/alerts) ──
  alertSettings: getAlertSettings,
  saveAlertSettings,
  grantAlerts,
  listNotifications,
  markNotificationsRead,
  // ── the back office: order export, product import (cloud/export, cloud/import) ──
  exportOrders,
  exportJielongSheet,
  importProducts,
  importTemplate,
  // ── categories and the customer list (cloud/merchant/save-categories, list-customers) ──
  listCategories,
  saveCategories,
  listCustomers,
  // ── coupons (cloud/coupon); shoppers claim them through the coupon function ──
  saveCoupon,
  listCoupons,
  setCouponStatus,
  grantCoupon,
} satisfies FunctionTable
