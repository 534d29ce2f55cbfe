// 备货单: per pickup point and in total, what to pack and for whom (number, name, phone, lines).
// Only paid entries; a refunded one drops out. Printable on H5; shared as images on weapp;
// exported as a spreadsheet on both.
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { AppError } from '@/domain/errors'
import type { JielongSheet, SheetLine } from '@/domain/jielong'
import { EmptyState, ErrorState } from '@/components/state-views'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import { exportJielongSheet, getJielongSheet } from '@/services/jielong'
import { openExportFile } from '@/services/open-file'
import { toastError } from '@/services/toast'
import { useLoadOn } from '@/hooks/use-load-on'
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
  const [exporting, setExporting] = useState<'xlsx' | 'csv' | null>(null)
  const load = async () => {
    if (!storeId) return
    try {
      setSheet(await getJielongSheet(storeId, jielongId))
      setError(null)
    } catch (failure) {
      setError(failure instanceof AppError ? failure : new AppError('INTERNAL'))
    }
  }
  useLoadOn(`${storeId}/${jielongId}`, load)
  const exportAs = async (format: 'xlsx' | 'csv') => {
    if (exporting) return
    setExporting(format)
    try {
      const answer = await exportJielongSheet(storeId, jielongId, format)
      await openExportFile(answer.url, answer.fileName)
    } catch (failure) {
      toastError(failure, '导出失败')
    } finally {
      setExporting(null)
    }
  }
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
      <View className='console__card sheet__export'>
        <Text className='console__card-title'>导出表格</Text>
        <Text className='console__hint'>与备货单相同：按自提点分组，每行一件商品，附小计与合计，含电话和收货地址。</Text>
        <View className='choice-chips sheet__export-formats'>
          {(['xlsx', 'csv'] as const).map((format) => (
            <Text key={format} className={`choice-chip sheet__export-${format}`} onClick={() => void exportAs(format)}>
              {exporting === format ? '导出中…' : format === 'xlsx' ? '导出 Excel（.xlsx）' : '导出 CSV'}
            </Text>
          ))}
        </View>
      </View>
      <View className='console__bar sheet__bar'>
        <SheetOutput sheet={sheet} className='console__button sheet__output' />
      </View>
    </View>
  )
}

export default withPrivacySheet(JielongSheetPage)
