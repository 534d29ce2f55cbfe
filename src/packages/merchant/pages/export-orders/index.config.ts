export default definePageConfig({ navigationBarTitleText: '导出订单' })
