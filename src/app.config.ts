// Pages, subpackages and app-wide settings. The main package holds what a shopper sees first;
// checkout, live rooms and the merchant console load on demand as subpackages.
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
    { root: 'packages/order', name: 'order', pages: ['pages/list/index', 'pages/checkout/index', 'pages/detail/index'] },
    { root: 'packages/live', name: 'live', pages: ['pages/index/index'] },
    { root: 'packages/merchant', name: 'merchant', pages: ['pages/index/index', 'pages/orders/index'] },
  ],
  tabBar: {
    color: '#8a8a8a',
    selectedColor: '#e4393c',
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
})
