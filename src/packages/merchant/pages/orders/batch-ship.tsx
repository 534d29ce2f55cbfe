// 批量发货: the 待发货 orders on screen, each to tick with its own carrier and tracking number
// (a pickup order is only marked ready), shipped in one call; each order then shows whether it
// shipped or why not, so one refusal never hides the others.
import { Button, Input, Picker, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { summarizeShipResults, type ShipResult } from '@/domain/batch-ship'
import { CARRIERS, TRACKING_NO } from '@/domain/order-carriers'
import type { Order } from '@/domain/order-types'
import { shipOrders } from '@/services/batch-ship'
import { toastError } from '@/services/toast'

interface Line {
  picked: boolean
  carrier: number
  trackingNo: string
}

export function BatchShip({ storeId, orders: offered, onDone }: { storeId: string; orders: Order[]; onDone(): void }) {
  // The orders as offered: the list behind refreshes after a batch, and shipped or refused
  // orders leave the 待发货 tab, but their outcome stays in view here.
  const [orders] = useState(offered)
  const [lines, setLines] = useState<Record<string, Line>>({})
  const [results, setResults] = useState<Record<string, ShipResult>>({})
  const [busy, setBusy] = useState(false)
  const lineOf = (id: string): Line => lines[id] ?? { picked: false, carrier: 0, trackingNo: '' }
  const change = (id: string, patch: Partial<Line>) => setLines((all) => ({ ...all, [id]: { ...lineOf(id), ...patch } }))
  const picked = orders.filter((order) => lineOf(order.id).picked && !results[order.id]?.ok)
  const ready = picked.length > 0 && picked.every((order) => order.delivery === 'pickup' || TRACKING_NO.test(lineOf(order.id).trackingNo.trim()))

  const submit = async () => {
    if (!ready || busy) return
    setBusy(true)
    try {
      const answer = await shipOrders(
        storeId,
        picked.map((order) => {
          const line = lineOf(order.id)
          return order.delivery === 'pickup' ? { orderId: order.id } : { orderId: order.id, carrier: CARRIERS[line.carrier].code, trackingNo: line.trackingNo.trim() }
        }),
      )
      setResults((all) => ({ ...all, ...Object.fromEntries(answer.results.map((result) => [result.orderId, result])) }))
      void Taro.showToast({ title: summarizeShipResults(answer.results), icon: answer.results.every((r) => r.ok) ? 'success' : 'none' })
      onDone()
    } catch (error) {
      toastError(error, '批量发货失败，请重试')
    } finally {
      setBusy(false)
    }
  }

  if (orders.length === 0) return <Text className='m-orders__more'>没有待发货的订单</Text>
  return (
    <View className='m-batch'>
      {orders.map((order) => {
        const line = lineOf(order.id)
        const result = results[order.id]
        return (
          <View key={order.id} className='m-batch__row' data-batch-order={order.id}>
            <View className='m-batch__head' onClick={() => !result?.ok && change(order.id, { picked: !line.picked })}>
              <Text className={`m-batch__tick${line.picked ? ' m-batch__tick--on' : ''}`} aria-checked={line.picked}>
                {line.picked ? '✓' : ''}
              </Text>
              <Text className='m-batch__no'>{order.orderNo ?? order.id}</Text>
              <Text className='m-batch__who'>
                {order.address?.userName ?? ''} · {order.delivery === 'pickup' ? '到店自提' : '快递'}
              </Text>
            </View>
            {line.picked && !result?.ok && order.delivery === 'express' ? (
              <View className='m-batch__ship'>
                <Picker mode='selector' range={CARRIERS.map((c) => c.name)} value={line.carrier} onChange={(e) => change(order.id, { carrier: Number(e.detail.value) })}>
                  <Text className='m-batch__carrier'>{CARRIERS[line.carrier].name} ▾</Text>
                </Picker>
                <Input className='m-batch__tracking' value={line.trackingNo} placeholder='快递单号' maxlength={32} onInput={(e) => change(order.id, { trackingNo: e.detail.value })} />
              </View>
            ) : null}
            {result ? (
              <Text className={`m-batch__result${result.ok ? '' : ' m-batch__result--failed'}`}>{result.ok ? '已发货' : `未发货：${result.error.message}`}</Text>
            ) : null}
          </View>
        )
      })}
      <Button className='m-batch__submit' disabled={!ready || busy} loading={busy} onClick={() => void submit()}>
        {picked.length > 0 ? `发货所选 ${picked.length} 单` : '请选择订单'}
      </Button>
    </View>
  )
}
