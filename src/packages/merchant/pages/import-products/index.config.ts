export default definePageConfig({ navigationBarTitleText: '批量导入商品' })
