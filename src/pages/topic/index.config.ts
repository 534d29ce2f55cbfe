export default definePageConfig({ navigationBarTitleText: '话题', onReachBottomDistance: 300, enableShareAppMessage: true, enableShareTimeline: true })
