export default definePageConfig({ navigationBarTitleText: '销售数据' })
