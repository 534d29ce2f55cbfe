export default definePageConfig({ navigationBarTitleText: '分类与搜索', onReachBottomDistance: 300 })
