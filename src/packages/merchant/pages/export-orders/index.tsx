// Export a range of days' sales as a spreadsheet: one line per item, amounts in yuan, the
// address for express orders. H5 downloads it; weapp opens it in WeChat's document viewer.
import { Button, Picker, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { chinaDay, chinaDayRange } from '@/domain/order-export'
import { exportOrders, type ExportAnswer } from '@/services/backoffice'
import { openExportFile } from '@/services/open-file'
import { toastError } from '@/services/toast'
import { useStoreId } from '../../components/use-owned-stores'
import '../../console.css'
import './index.css'

export default function ExportOrdersPage() {
  const storeId = useStoreId()
  const today = chinaDay(new Date())
  const [fromDay, setFromDay] = useState(chinaDay(new Date(Date.now() - 6 * 86_400_000)))
  const [toDay, setToDay] = useState(today)
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx')
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<ExportAnswer | null>(null)

  const run = async () => {
    setBusy(true)
    setDone(null)
    try {
      const answer = await exportOrders(storeId, chinaDayRange(fromDay, toDay), format)
      setDone(answer)
      await openExportFile(answer.url, answer.fileName)
    } catch (error) {
      toastError(error, '导出失败')
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='console export'>
      <View className='console__card'>
        <Text className='console__card-title'>按付款日期导出</Text>
        <View className='console__row export__dates'>
          <Picker mode='date' value={fromDay} end={toDay} onChange={(e) => setFromDay(e.detail.value)}>
            <Text className='field__input export__date'>{fromDay}</Text>
          </Picker>
          <Text className='console__muted'>至</Text>
          <Picker mode='date' value={toDay} start={fromDay} end={today} onChange={(e) => setToDay(e.detail.value)}>
            <Text className='field__input export__date'>{toDay}</Text>
          </Picker>
        </View>
        <View className='choice-chips'>
          {(['xlsx', 'csv'] as const).map((f) => (
            <Text key={f} className={`choice-chip${format === f ? ' choice-chip--on' : ''}`} onClick={() => setFormat(f)}>
              {f === 'xlsx' ? 'Excel（.xlsx）' : 'CSV'}
            </Text>
          ))}
        </View>
        <Text className='console__hint'>导出已付款、已发货、已完成和退款中的订单，每个商品一行，金额单位为元。</Text>
      </View>
      {done ? (
        <View className='console__card export__done'>
          <Text className='console__card-title'>已导出 {done.orders} 笔订单，共 {done.rows} 行</Text>
          <Text className='console__link' onClick={() => void openExportFile(done.url, done.fileName)}>
            {done.fileName}（24 小时内有效）
          </Text>
        </View>
      ) : null}
      <View className='console__bar'>
        <Button className='console__button' loading={busy} disabled={busy || !storeId} onClick={run}>
          导出订单
        </Button>
      </View>
    </View>
  )
}
