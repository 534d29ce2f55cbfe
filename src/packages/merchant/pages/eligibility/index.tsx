// The live-streaming eligibility checklist: what WeChat requires, and what this store's own
// data already shows.
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { checkLiveRequirements, type CheckState } from '@/domain/live-eligibility'
import { getSalesStats, listOwnProducts } from '@/services/merchant'
import { useOwnedStores, useStoreId } from '../../components/use-owned-stores'
import '../../console.css'
import './index.css'

const MARKS: Record<CheckState, string> = { met: '✓', unmet: '!', platform: '?' }

export default function EligibilityPage() {
  const storeId = useStoreId()
  const { stores } = useOwnedStores()
  const store = stores?.find((s) => s.id === storeId)
  const [facts, setFacts] = useState({ onSaleProducts: 0, paidOrders30d: 0 })

  useEffect(() => {
    if (!storeId) return
    Promise.all([listOwnProducts({ storeId, status: 'on_sale' }), getSalesStats(storeId, '30d')]).then(
      ([products, stats]) => setFacts({ onSaleProducts: products.counts.on_sale, paidOrders30d: stats.totals.orders }),
      () => undefined,
    )
  }, [storeId])

  const checks = checkLiveRequirements({ category: store?.category ?? '', ...facts })
  const section = (group: 'all' | 'any', title: string, hint: string) => (
    <View className='console__card'>
      <Text className='console__card-title'>{title}</Text>
      {hint ? <Text className='console__hint eligibility__group-hint'>{hint}</Text> : null}
      {checks
        .filter((check) => check.group === group)
        .map((check) => (
          <View key={check.id} className='eligibility__item'>
            <Text className={`eligibility__mark eligibility__mark--${check.state}`}>{MARKS[check.state]}</Text>
            <View className='eligibility__text'>
              <Text className='eligibility__title'>{check.title}</Text>
              <Text className='console__hint'>{check.detail}</Text>
              <Text className={`eligibility__hint eligibility__hint--${check.state}`}>{check.hint}</Text>
            </View>
          </View>
        ))}
    </View>
  )

  return (
    <View className='console eligibility'>
      <Text className='console__banner console__banner--info'>小程序直播由微信平台审核开通。满足以下条件后，在小程序管理后台“功能 → 直播”申请。</Text>
      {section('all', '必须全部满足', '')}
      {section('any', '满足其中一项即可', '以下数据由微信平台核验')}
    </View>
  )
}
