export default definePageConfig({
  navigationBarTitleText: '接龙',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
})
