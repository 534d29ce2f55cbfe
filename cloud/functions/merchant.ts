// merchant: the store owner's console. Every store-scoped action checks, through
// requireOwnStore, that the caller owns the store it names.
import { saveLiveRoom } from '../live/save-room'
import { deletePost } from '../merchant/delete-post'
import { approveComment } from '../merchant/approve-comment'
import { deleteComment } from '../merchant/delete-comment'
import { replyReview } from '../merchant/reply-review'
import { reportReview } from '../merchant/report-review'
import { listComments } from '../merchant/list-comments'
import { listEntryCodes } from '../merchant/list-entry-codes'
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
import type { FunctionTable } from '../operation'
import { grantCoupon } from '../coupon/grant-coupon'
import { listCoupons } from '../coupon/list-coupons'
import { saveCoupon } from '../coupon/save-coupon'
import { setCouponStatus } from '../coupon/set-coupon-status'

export const merchant = {
  // ── console: stores, products, comments, growth codes, sales by source (issue 8) ──
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
  listEntryCodes,
  stats,
  // ── end of the console block ──
  // ── live rooms (issue 7) ──
  saveLiveRoom,
  // ── store posts (issue 11); shoppers read them through the post function ──
  savePost,
  deletePost,
  // ── orders: listing by status, shipping, refund decisions (issue 5, cloud/merchant-orders) ──
  listOrders,
  ship,
  decideRefund,
  // ── coupons (cloud/coupon); shoppers claim them through the coupon function ──
  saveCoupon,
  listCoupons,
  setCouponStatus,
  grantCoupon,
} satisfies FunctionTable
