export default definePageConfig({ navigationBarTitleText: '直播开通条件' })
