export default definePageConfig({ navigationBarTitleText: '推广码与链接' })
