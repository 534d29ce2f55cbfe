export default definePageConfig({ navigationBarTitleText: '客服会话', backgroundColor: '#f2f2f2' })
