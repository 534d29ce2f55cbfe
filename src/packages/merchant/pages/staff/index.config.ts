export default definePageConfig({ navigationBarTitleText: '店员', enableShareAppMessage: true })
