export default definePageConfig({ navigationBarTitleText: '店铺动态', enablePullDownRefresh: true })
