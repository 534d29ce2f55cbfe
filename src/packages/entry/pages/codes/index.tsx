// 推广码与链接 (merchant): make a Mini Program code to print, or a link for Weibo or the web,
// for the store or one product (?storeId=…&productId=…), named after a campaign; see each
// one's visits. The merchant console links here.
import { Button, Input, Text, View } from '@tarojs/components'
import Taro, { useReachBottom, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { EmptyState, ErrorState } from '@/components/state-views'
import { usePagedList } from '@/hooks/use-paged-list'
import { createLink, createQrCode, listCodes } from '@/services/entry'
import { CodeCard } from '../../components/code-card'
import { toastError } from '@/services/toast'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import './index.css'

type Make = 'qr' | 'weibo' | 'web'

function CodesPage() {
  const params = useRouter().params
  const storeId = params.storeId ?? ''
  const productId = params.productId || undefined
  const [campaign, setCampaign] = useState('')
  const [busy, setBusy] = useState<Make | null>(null)
  const list = usePagedList((cursor) => listCodes({ storeId, cursor }), [storeId])
  useReachBottom(list.loadMore)

  const make = async (what: Make) => {
    if (busy) return
    setBusy(what)
    const request = { storeId, productId, campaign: campaign.trim() || undefined }
    try {
      if (what === 'qr') await createQrCode(request)
      else await createLink({ ...request, channel: what })
      void Taro.showToast({ title: what === 'qr' ? '小程序码已生成' : '链接已生成', icon: 'success' })
      await list.refresh()
    } catch (error) {
      toastError(error, '生成失败，请稍后重试')
    } finally {
      setBusy(null)
    }
  }

  if (!storeId) return <EmptyState title='请从店铺管理进入' />
  if (list.status === 'error' && list.items.length === 0 && list.error) return <ErrorState error={list.error} onRetry={list.retry} />

  return (
    <View className='codes'>
      <View className='codes__form'>
        <Text className='codes__title'>{productId ? '为这个商品推广' : '为店铺推广'}</Text>
        <Text className='codes__hint'>活动名称用来区分来源，例如「门店收银台」「春季上新」，最多 20 字</Text>
        <Input className='codes__input' value={campaign} maxlength={20} placeholder='活动名称（可不填）' onInput={(e) => setCampaign(e.detail.value)} />
        <View className='codes__actions'>
          <Button className='codes__make' size='mini' loading={busy === 'qr'} onClick={() => make('qr')}>
            生成小程序码
          </Button>
          <Button className='codes__make' size='mini' loading={busy === 'weibo'} onClick={() => make('weibo')}>
            生成微博链接
          </Button>
          <Button className='codes__make' size='mini' loading={busy === 'web'} onClick={() => make('web')}>
            生成网页链接
          </Button>
        </View>
      </View>
      <View className='codes__list'>
        {list.status === 'ready' && list.items.length === 0 ? <EmptyState title='还没有推广码或链接' hint='生成后可打印、发到微博或网页' /> : null}
        {list.items.map((code) => (
          <CodeCard key={code.id} code={code} />
        ))}
        {list.status === 'loading' || list.status === 'loading_more' ? <Text className='codes__more'>加载中…</Text> : null}
      </View>
    </View>
  )
}

export default withPrivacySheet(CodesPage)
