// Merchant console home: the caller's stores with a switcher, today's numbers, and the way
// to everything the console does. Without a store it invites to open one.
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { formatFen } from '@/domain/money'
import type { SalesStats } from '@/domain/sales-stats'
import { EmptyState, ErrorState } from '@/components/state-views'
import { getSalesStats } from '@/services/merchant'
import { StoreCard } from '../../components/store-card'
import { useOwnedStores } from '../../components/use-owned-stores'
import '../../console.css'
import './index.css'

const go = (url: string) => void Taro.navigateTo({ url })

function Shortcuts({ storeId }: { storeId: string }) {
  const q = `storeId=${encodeURIComponent(storeId)}`
  const entries = [
    { label: '商品管理', icon: '商', url: `/packages/merchant/pages/products/index?${q}` },
    // The orders pages are built by the order feature in this subpackage.
    { label: '订单管理', icon: '单', url: `/packages/merchant/pages/orders/index?${q}` },
    { label: '店铺动态', icon: '动', url: `/packages/merchant/pages/posts/index?${q}` },
    { label: '评论管理', icon: '评', url: `/packages/merchant/pages/comments/index?${q}` },
    { label: '优惠券', icon: '券', url: `/packages/merchant/pages/coupons/index?${q}` },
    { label: '推广码与链接', icon: '码', url: `/packages/merchant/pages/growth/index?${q}` },
    { label: '销售数据', icon: '数', url: `/packages/merchant/pages/stats/index?${q}` },
    { label: '直播资格', icon: '播', url: `/packages/merchant/pages/eligibility/index?${q}` },
    { label: '店铺设置', icon: '设', url: `/packages/merchant/pages/store-settings/index?${q}` },
    { label: '店铺码与分享', icon: '享', url: `/packages/merchant/pages/store-ready/index?${q}` },
  ]
  return (
    <View className='console__card merchant-home__grid'>
      {entries.map((entry) => (
        <View key={entry.label} className='merchant-home__entry' onClick={() => go(entry.url)}>
          <Text className='merchant-home__icon'>{entry.icon}</Text>
          <Text className='merchant-home__entry-label'>{entry.label}</Text>
        </View>
      ))}
    </View>
  )
}

function Today({ storeId }: { storeId: string }) {
  const [stats, setStats] = useState<SalesStats | null>(null)
  useEffect(() => {
    setStats(null)
    getSalesStats(storeId, 'today').then(setStats, () => setStats(null))
  }, [storeId])
  const figures = [
    ['今日访客', stats ? String(stats.totals.visitors) : '—'],
    ['今日订单', stats ? String(stats.totals.orders) : '—'],
    ['今日成交', stats ? formatFen(stats.totals.paidAmount) : '—'],
  ]
  return (
    <View className='console__card merchant-home__today'>
      {figures.map(([label, value]) => (
        <View key={label} className='merchant-home__figure'>
          <Text className='merchant-home__figure-value'>{value}</Text>
          <Text className='console__muted'>{label}</Text>
        </View>
      ))}
    </View>
  )
}

export default function MerchantHomePage() {
  const { stores, store, error, reload, chooseStore } = useOwnedStores()

  if (error) return <ErrorState error={error} onRetry={reload} />
  if (!stores) return <View className='console' aria-busy='true' />
  if (!store) {
    return (
      <View className='console'>
        <EmptyState title='开一家自己的小店' hint='三步填好店名、简介和话题，几分钟就能开张' />
        <View className='merchant-home__open'>
          <Button className='console__button' onClick={() => go('/packages/merchant/pages/open-store/index')}>
            立即开店
          </Button>
        </View>
      </View>
    )
  }

  return (
    <View className='console merchant-home'>
      <View className='console__card'>
        <StoreCard store={store} />
        <View className='merchant-home__actions'>
          <Text className='console__link' onClick={() => go(`/pages/home/index?storeId=${encodeURIComponent(store.id)}`)}>
            查看店铺主页 ›
          </Text>
        </View>
        {stores.length > 1 ? (
          <View className='merchant-home__switcher'>
            <Text className='console__muted'>切换店铺</Text>
            <View className='choice-chips merchant-home__stores'>
              {stores.map((s) => (
                <Text key={s.id} className={`choice-chip${s.id === store.id ? ' choice-chip--on' : ''}`} onClick={() => chooseStore(s.id)}>
                  {s.name}
                </Text>
              ))}
            </View>
          </View>
        ) : null}
      </View>
      <Today storeId={store.id} />
      <Shortcuts storeId={store.id} />
      <Text className='console__link merchant-home__another' onClick={() => go('/packages/merchant/pages/open-store/index')}>
        + 再开一家店
      </Text>
    </View>
  )
}
