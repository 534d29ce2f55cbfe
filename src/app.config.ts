// Pages, subpackages and app-wide settings. The main package holds what a shopper sees first;
// checkout, live rooms and the merchant console load on demand as subpackages.
import { REQUIRED_PRIVATE_INFOS } from './domain/privacy-apis'

export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/search/index',
    'pages/cart/index',
    'pages/me/index',
    'pages/topic/index',
    'pages/product/index',
  ],
  subPackages: [
    {
      root: 'packages/order',
      name: 'order',
      pages: [
        'pages/list/index',
        'pages/checkout/index',
        'pages/detail/index',
        // review: the merchant console's comment moderation
        'pages/review/index',
        // a web visitor's choice, restored when the Mini Program opens through a hand-off link
        'pages/handoff/index',
      ],
    },
    {
      root: 'packages/live',
      name: 'live',
      pages: ['pages/index/index', 'pages/room/index'],
      // Rooms are entered through WeChat's live plugin (plugin-private://wx2b03c6e691cd7370/…).
      plugins: { 'live-player-plugin': { version: '1.3.0', provider: 'wx2b03c6e691cd7370' } },
    },
    {
      root: 'packages/merchant',
      name: 'merchant',
      pages: [
        'pages/index/index',
        // console: the merchant console, with the store's orders pages
        'pages/open-store/index',
        'pages/store-ready/index',
        'pages/store-settings/index',
        'pages/products/index',
        'pages/product-edit/index',
        'pages/comments/index',
        'pages/growth/index',
        'pages/stats/index',
        'pages/eligibility/index',
        // store posts
        'pages/posts/index',
        'pages/post-edit/index',
        // shipping rules (运费设置)
        'pages/shipping/index',
        // orders
        'pages/orders/index',
        // 接龙: list, create/edit, packing sheet
        'pages/jielongs/index',
        'pages/jielong-edit/index',
        'pages/jielong-sheet/index',
        // staff (店员): the owner's invitations and members; where an invitation opens
        'pages/staff/index',
        'pages/accept-invite/index',
        // 客服: the store's inbox and its side of a thread
        'pages/inbox/index',
        'pages/chat/index',
        // back office: alerts, order export, product import
        'pages/notifications/index',
        'pages/export-orders/index',
        'pages/import-products/index',
        // categories and customers
        'pages/categories/index',
        'pages/customers/index',
        // coupons: list, create/edit, stop, share
        'pages/coupons/index',
        // 直播: the store's rooms, scheduling, pinned goods, ending a room
        'pages/live-rooms/index',
      ],
    },
    // Store posts: the post page, opened from a store's 动态 tab, a topic or a share.
    { root: 'packages/post', name: 'post', pages: ['pages/detail/index'] },
    // not-found: where app.tsx sends an unknown path (WeChat's onPageNotFound, the H5 router's).
    { root: 'packages/entry', name: 'entry', pages: ['pages/landing/index', 'pages/not-found/index'] },
    // 接龙: the page a group-sale card opens.
    { root: 'packages/jielong', name: 'jielong', pages: ['pages/detail/index'] },
    // 客服: the shopper's side of a conversation with a store, and their conversation list.
    { root: 'packages/chat', name: 'chat', pages: ['pages/thread/index', 'pages/list/index'] },
    // Coupons: 我的优惠券 (claiming happens on the store home and product pages).
    { root: 'packages/coupon', name: 'coupon', pages: ['pages/mine/index', 'pages/claim/index'] },
    { root: 'packages/account', name: 'account', pages: ['pages/addresses/index', 'pages/address-edit/index', 'pages/privacy/index'] },
  ],
  tabBar: {
    color: '#707070',
    selectedColor: '#d32f2f',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/home/index', iconPath: 'assets/icons/home.png', selectedIconPath: 'assets/icons/home-active.png', text: '首页' },
      { pagePath: 'pages/search/index', iconPath: 'assets/icons/category.png', selectedIconPath: 'assets/icons/category-active.png', text: '分类' },
      { pagePath: 'pages/cart/index', iconPath: 'assets/icons/cart.png', selectedIconPath: 'assets/icons/cart-active.png', text: '购物车' },
      { pagePath: 'pages/me/index', iconPath: 'assets/icons/me.png', selectedIconPath: 'assets/icons/me-active.png', text: '我的' },
    ],
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '小店',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f6f6f6',
  },
  lazyCodeLoading: 'requiredComponents',
  // Privacy-bound APIs go through our own consent sheet (onNeedPrivacyAuthorization).
  __usePrivacyCheck__: true,
  // Address and location APIs the app calls, from the one table of privacy-bound APIs.
  requiredPrivateInfos: REQUIRED_PRIVATE_INFOS,
})
