// The web landing page for links posted outside WeChat (Weibo, other sites): it shows what the
// link opens and a button that opens the Mini Program through the URL Link. In Weibo's own
// browser, which may refuse that, it shows the 用浏览器打开 guide; the link can be copied
// anywhere. An expired, unknown or broken link gets a plain page that says so.
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { Product, Store } from '@/domain/catalog'
import type { PublicLink } from '@/domain/entry-wire'
import { browserOf, expiryText } from '@/domain/entry-landing'
import { AppError } from '@/domain/errors'
import { ErrorState } from '@/components/state-views'
import { openUrl, userAgent } from '@/services/browser'
import { getProduct, getStore } from '@/services/catalog'
import { getLink } from '@/services/entry'
import { setPageTitle } from '@/services/page-title'
import { copyText } from '@/services/privacy-apis'
import { LandingTarget, LandingTargetPlaceholder } from '../../components/landing-target'
import { WeiboGuideBanner, WeiboGuideOverlay } from '../../components/weibo-guide'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import './index.css'

const LINK_ID = /^[A-Za-z0-9_-]{1,64}$/

function Gone({ title, hint }: { title: string; hint: string }) {
  return (
    <View className='landing landing__gone'>
      <Text className='landing__gone-title'>{title}</Text>
      <Text className='landing__gone-hint'>{hint}</Text>
    </View>
  )
}

function LandingPage() {
  const params = useRouter().params
  const id = params.c ?? ''
  const [link, setLink] = useState<PublicLink | null>(null)
  // null while what the link opens is loading: its card's place is kept (LandingTargetPlaceholder).
  const [target, setTarget] = useState<{ product?: Product; store?: Store } | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [guide, setGuide] = useState(false)
  const browser = browserOf(userAgent())

  const load = () => {
    if (!LINK_ID.test(id) || params.state) return
    setError(null)
    setTarget(null)
    getLink(id)
      .then(async (found) => {
        setLink(found)
        if (found.expired) return
        // A product taken off the shelf still leaves its store to show.
        const product = found.productId ? await getProduct(found.productId).catch(() => undefined) : undefined
        const store = product ? undefined : await getStore(found.storeId).catch(() => undefined)
        setTarget({ product, store })
        const title = product?.title ?? store?.name
        if (title) setPageTitle(title)
      })
      .catch((failure: unknown) => setError(failure instanceof AppError ? failure : new AppError('INTERNAL')))
  }
  useEffect(load, [id, params.state])

  if (params.state === 'expired') return <Gone title='链接已过期' hint='小程序链接最长有效 30 天。请联系商家获取新的链接，或在微信中搜索店铺名称。' />
  if (params.state === 'invalid' || !LINK_ID.test(id)) return <Gone title='链接无效' hint='链接可能不完整，请检查后重新打开，或向商家重新获取。' />
  if (error?.code === 'NOT_FOUND') return <Gone title='链接不存在或已失效' hint='请向商家重新获取链接。' />
  if (error) return <ErrorState error={error} onRetry={load} />
  if (!link) return <View className='landing' aria-busy='true' />
  if (link.expired || !link.url) return <Gone title='链接已过期' hint={`${expiryText(link.expiresAt, new Date())}。请联系商家获取新的链接。`} />

  const url = link.url
  const open = () => (browser === 'weibo' ? setGuide(true) : openUrl(url))
  const copy = () => void copyText(url, '链接已复制，可在微信中打开')

  return (
    <View className='landing'>
      {browser === 'weibo' ? <WeiboGuideBanner /> : null}
      <Text className='landing__brand'>小店 · 微信小程序</Text>
      {target ? <LandingTarget product={target.product} store={target.store} /> : <LandingTargetPlaceholder product={!!link.productId} />}
      <Button className='landing__open' onClick={open}>
        {browser === 'wechat' ? '打开小程序' : '打开微信小程序'}
      </Button>
      <View className='landing__link'>
        <Text className='landing__link-label'>无法打开？复制链接，在微信中发送给自己后点击打开</Text>
        <Text className='landing__link-url' userSelect>
          {url}
        </Text>
        <Button className='landing__copy' size='mini' onClick={copy}>
          复制链接
        </Button>
      </View>
      <Text className='landing__expiry'>{expiryText(link.expiresAt, new Date())}</Text>
      {guide ? <WeiboGuideOverlay onClose={() => setGuide(false)} /> : null}
    </View>
  )
}

export default withPrivacySheet(LandingPage)
