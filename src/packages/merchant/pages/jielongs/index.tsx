// The store's 接龙: open or closed, how many joined; open one (the shopper's page, to share it
// to a chat), see its sheet, close it early, or start a new one.
import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { formatDateTime } from '@/domain/display-time'
import { AppError } from '@/domain/errors'
import { DELIVERY_LABELS, JIELONG_PAGE, type Jielong } from '@/domain/jielong'
import { EmptyState, ErrorState } from '@/components/state-views'
import { closeJielong, listStoreJielongs } from '@/services/jielong'
import { toastError } from '@/services/toast'
import { useStoreId } from '../../components/use-owned-stores'
import '../../console.css'
import './index.css'

export default function JielongsPage() {
  const storeId = useStoreId()
  const [items, setItems] = useState<Jielong[] | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const load = async () => {
    if (!storeId) return
    try {
      setItems(await listStoreJielongs(storeId))
      setError(null)
    } catch (failure) {
      setError(failure instanceof AppError ? failure : new AppError('INTERNAL'))
    }
  }
  useDidShow(() => void load())
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))

  const close = async (jielong: Jielong) => {
    const { confirm } = await Taro.showModal({ title: '提前结束接龙？', content: '结束后不能再参加，已付款的订单照常处理', confirmText: '结束', confirmColor: '#e4393c' })
    if (!confirm) return
    try {
      await closeJielong(storeId, jielong.id)
      await load()
    } catch (failure) {
      toastError(failure, '操作失败')
    }
  }
  const go = (url: string) => void Taro.navigateTo({ url })

  return (
    <View className='console jielongs'>
      {error && !items ? <ErrorState error={error} onRetry={() => void load()} /> : null}
      {items && items.length === 0 ? <EmptyState title='还没有接龙' hint='选几件商品，发到群里，大家接龙下单' /> : null}
      {(items ?? []).map((jielong) => (
        <View key={jielong.id} className='console__card jielong-row'>
          <View className='console__row'>
            <Text className='console__card-title'>{jielong.title}</Text>
            <Text className='console__muted'>{jielong.status === 'open' ? '进行中' : '已结束'}</Text>
          </View>
          <Text className='console__hint'>
            {jielong.participants} 人参加 · {DELIVERY_LABELS[jielong.delivery]} · 截止 {formatDateTime(jielong.endAt)}
          </Text>
          <View className='console__row jielong-row__actions'>
            <Text className='console__link' onClick={() => go(`/${JIELONG_PAGE}?id=${jielong.id}`)}>
              查看与分享
            </Text>
            <Text className='console__link' onClick={() => go(`/packages/merchant/pages/jielong-sheet/index?storeId=${storeId}&id=${jielong.id}`)}>
              备货单
            </Text>
            {jielong.status === 'open' ? (
              <Text className='console__link' onClick={() => go(`/packages/merchant/pages/jielong-edit/index?storeId=${storeId}&id=${jielong.id}`)}>
                编辑
              </Text>
            ) : null}
            {jielong.status === 'open' ? (
              <Text className='console__link' onClick={() => void close(jielong)}>
                结束接龙
              </Text>
            ) : null}
          </View>
        </View>
      ))}
      <View className='console__bar'>
        <Button className='console__button jielongs__new' onClick={() => go(`/packages/merchant/pages/jielong-edit/index?storeId=${storeId}`)}>
          + 发起接龙
        </Button>
      </View>
    </View>
  )
}
