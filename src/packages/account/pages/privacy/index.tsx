// 小店隐私保护指引: the full text the consent sheet links to (on weapp WeChat shows the text
// declared in the Mini Program admin console instead; keep the two in step).
import { Text, View } from '@tarojs/components'
import { PRIVACY_SUMMARY } from '@/domain/privacy-consent'
import './index.css'

const SECTIONS: Array<{ title: string; body: string[] }> = [
  {
    title: '我们收集哪些信息',
    body: PRIVACY_SUMMARY.map((item) => `${item.what}：${item.why}。`),
  },
  {
    title: '我们如何使用',
    body: [
      '收货信息只用于你下单时的配送和售后联系，会随订单提供给你购买的店铺。',
      '头像和昵称展示在你的评价、直播与动态留言旁；昵称会经过微信内容安全检测。',
      '我们不会把你的个人信息出售或提供给与订单无关的第三方。',
    ],
  },
  {
    title: '你的权利',
    body: [
      '你可以随时在「我的 → 收货地址」中修改或删除地址，在「我的」页修改头像和昵称。',
      '不同意本指引时，你仍可以浏览商品；保存地址、设置头像昵称等操作需要你同意后才能进行。',
      '如需注销账号或导出信息，请联系店铺客服。',
    ],
  },
  {
    title: '信息保存与安全',
    body: [
      '信息保存在中国境内的服务器上，登录凭证只以加密摘要保存，30 天后失效。',
      '订单信息按照法律要求保存；删除的地址不再保留。',
    ],
  },
]

export default function PrivacyPage() {
  return (
    <View className='privacy'>
      <Text className='privacy__title'>小店隐私保护指引</Text>
      {SECTIONS.map((section) => (
        <View key={section.title} className='privacy__section'>
          <Text className='privacy__heading'>{section.title}</Text>
          {section.body.map((line) => (
            <Text key={line} className='privacy__line'>
              {line}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
