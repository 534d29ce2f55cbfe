export default definePageConfig({ navigationBarTitleText: '运费设置' })
