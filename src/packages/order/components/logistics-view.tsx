// 物流详情 on the order page: carrier and tracking number (tap to copy) always, and the
// parcel's trace from WeChat under them, newest first; when WeChat cannot answer, its reason.
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { AppError } from '@/domain/errors'
import { logisticsHeadline, type Logistics } from '@/domain/logistics'
import { carrierName } from '@/domain/order-carriers'
import { formatOrderTime } from '@/domain/order-timeline'
import { getLogistics } from '@/services/logistics'
import { copyText } from '@/services/privacy-apis'
import './logistics-view.css'

export function LogisticsView({ orderId, carrier, trackingNo }: { orderId: string; carrier: string | null; trackingNo: string }) {
  const [trace, setTrace] = useState<Logistics | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  useEffect(() => {
    let live = true
    setFailure(null)
    getLogistics(orderId).then(
      (answer) => live && setTrace(answer),
      (error: unknown) => live && setFailure(error instanceof AppError ? error.message : '暂时查不到物流信息，请稍后再试'),
    )
    return () => {
      live = false
    }
  }, [orderId, trackingNo])

  const nodes = trace?.nodes ?? []
  const shown = open ? nodes : nodes.slice(0, 1)
  const message = failure ?? (trace?.state === 'unavailable' ? trace.message : null)
  return (
    <View className='logistics'>
      <View className='logistics__head'>
        <Text className='logistics__parcel' onClick={() => void copyText(trackingNo, '快递单号已复制')}>
          {carrierName(carrier)} {trackingNo}
        </Text>
        {trace && !message ? <Text className='logistics__headline'>{logisticsHeadline(trace)}</Text> : null}
      </View>
      {message ? <Text className='logistics__error'>{message}</Text> : null}
      {!trace && !message ? <Text className='logistics__loading'>正在查询物流…</Text> : null}
      {trace && !message && nodes.length === 0 ? <Text className='logistics__empty'>商家已发货，等待快递员揽件</Text> : null}
      {shown.map((node, index) => (
        <View key={`${node.time}-${index}`} className={`logistics__node${index === 0 ? ' logistics__node--newest' : ''}`}>
          <View className='logistics__dot' />
          <View className='logistics__body'>
            <Text className='logistics__text'>{node.text}</Text>
            <Text className='logistics__time'>{formatOrderTime(node.time)}</Text>
          </View>
        </View>
      ))}
      {nodes.length > 1 ? (
        <Text className='logistics__more' onClick={() => setOpen(!open)}>
          {open ? '收起物流详情' : `查看物流详情（${nodes.length} 条）`}
        </Text>
      ) : null}
    </View>
  )
}
