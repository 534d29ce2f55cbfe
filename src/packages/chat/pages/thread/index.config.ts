export default definePageConfig({ navigationBarTitleText: '客服', backgroundColor: '#f2f2f2' })
