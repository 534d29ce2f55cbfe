export default definePageConfig({ navigationBarTitleText: '继续下单' })
