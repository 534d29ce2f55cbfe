export default definePageConfig({
  navigationBarTitleText: '小店',
  enablePullDownRefresh: true,
  onReachBottomDistance: 300,
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
