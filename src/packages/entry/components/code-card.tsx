// One of the store's codes or links: what it opens, its campaign, the visits it brought, and
// the picture (a code) or the links to copy (a link), with its expiry.
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ListedCode } from '@/domain/entry-wire'
import { expiryText } from '@/domain/entry-landing'
import { copyText } from '@/services/privacy-apis'

const KIND: Record<string, string> = { qr: '小程序码', weibo: '微博链接', web: '网页链接' }

function copy(text: string, what: string) {
  void copyText(text, `${what}已复制`)
}

export function CodeCard({ code }: { code: ListedCode }) {
  const kind = code.kind === 'qr' ? KIND.qr : KIND[code.channel ?? 'web'] ?? '链接'
  const opens = code.productId ? '商品' : code.roomId ? '直播间' : '店铺首页'
  return (
    <View className={`code-card${code.expired ? ' code-card--expired' : ''}`}>
      <View className='code-card__head'>
        <Text className='code-card__kind'>{kind}</Text>
        <Text className='code-card__campaign'>{code.campaign ?? '未命名活动'}</Text>
        <Text className='code-card__visits'>{code.visits} 次访问</Text>
      </View>
      <Text className='code-card__meta'>打开{opens}</Text>
      {code.image ? (
        <Image
          className='code-card__image'
          src={code.image}
          mode='aspectFit'
          showMenuByLongpress
          onClick={() => void Taro.previewImage({ urls: [code.image!], current: code.image! })}
        />
      ) : null}
      {code.kind === 'link' ? (
        <View className='code-card__links'>
          {code.landingUrl ? (
            <Text className='code-card__copy' onClick={() => copy(code.landingUrl!, '落地页链接')}>
              复制落地页（发微博用）
            </Text>
          ) : null}
          {code.url ? (
            <Text className='code-card__copy' onClick={() => copy(code.url!, '小程序链接')}>
              复制小程序链接
            </Text>
          ) : null}
          <Text className='code-card__expiry'>{expiryText(code.expiresAt, new Date())}</Text>
        </View>
      ) : null}
    </View>
  )
}
