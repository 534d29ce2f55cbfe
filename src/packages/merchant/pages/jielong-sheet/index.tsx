// 备货单: per pickup point and in total, what to pack and for whom (number, name, phone, lines).
// Only paid entries; a refunded one drops out. Printable on H5; copied as text on weapp.
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { AppError } from '@/domain/errors'
import type { JielongSheet, SheetLine } from '@/domain/jielong'
import { EmptyState, ErrorState } from '@/components/state-views'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import { getJielongSheet } from '@/services/jielong'
import { SheetOutput } from '../../components/sheet-output'
import { useStoreId } from '../../components/use-owned-stores'
import '../../console.css'
import './index.css'

const describe = (lines: readonly SheetLine[]) => lines.map((line) => `${line.title} ×${line.quantity}`).join('，')

function JielongSheetPage() {
  const storeId = useStoreId()
  const jielongId = useRouter().params.id ?? ''
  const [sheet, setSheet] = useState<JielongSheet | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const load = async () => {
    if (!storeId) return
    try {
      setSheet(await getJielongSheet(storeId, jielongId))
      setError(null)
    } catch (failure) {
      setError(failure instanceof AppError ? failure : new AppError('INTERNAL'))
    }
  }
  useEffect(() => void load(), [storeId, jielongId]) // eslint-disable-line react-hooks/exhaustive-deps
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))

  if (error && !sheet) return <ErrorState error={error} onRetry={() => void load()} />
  if (!sheet) return <View className='console'>加载中…</View>
  return (
    <View className='console sheet'>
      <View className='console__card sheet__totals'>
        <Text className='console__card-title'>{sheet.title} · 合计</Text>
        {sheet.totals.length === 0 ? <Text className='console__hint'>还没有已付款的接龙</Text> : null}
        {sheet.totals.map((line) => (
          <View key={line.skuId} className='console__row sheet__line'>
            <Text>{line.title}</Text>
            <Text className='sheet__qty'>×{line.quantity}</Text>
          </View>
        ))}
      </View>
      {sheet.byPickupPoint.map((group) => (
        <View key={group.pickupPointId ?? 'express'} className='console__card sheet__group'>
          <Text className='console__card-title sheet__group-name'>{group.name}</Text>
          {group.address ? <Text className='console__hint'>{group.address}</Text> : null}
          <Text className='console__hint sheet__group-totals'>{describe(group.totals) || '暂无'}</Text>
          {group.entries.length === 0 ? <EmptyState title='这里还没有人' /> : null}
          {group.entries.map((entry) => (
            <View key={entry.orderId} className='sheet__entry'>
              <Text className='sheet__no'>{entry.no}</Text>
              <View className='sheet__who'>
                <Text>
                  {entry.buyerName} {entry.telNumber}
                </Text>
                <Text className='console__muted'>{describe(entry.lines)}</Text>
                {entry.address ? <Text className='console__muted'>{entry.address}</Text> : null}
              </View>
            </View>
          ))}
        </View>
      ))}
      <View className='console__bar sheet__bar'>
        <SheetOutput sheet={sheet} className='console__button sheet__output' />
      </View>
    </View>
  )
}

export default withPrivacySheet(JielongSheetPage)
