// 客户: the store's customers by segment (全部 / 回头客 / 沉睡客 / 新客), with their orders, amount
// spent and last order, page by page; tick customers and send them one of the store's coupons.
// The list never carries a phone number or an address (merchant.listCustomers has none).
import { Button, Image, Text, View } from '@tarojs/components'
import Taro, { useReachBottom } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { CUSTOMER_SEGMENTS, CUSTOMER_SEGMENT_LABELS, MAX_GRANT_OPENIDS, type CustomerSegment } from '@/domain/customers'
import { toggleId } from '@/domain/categories'
import { formatDate } from '@/domain/display-time'
import { AppError } from '@/domain/errors'
import { formatFen } from '@/domain/money'
import { EmptyState, ErrorState, ListFooter } from '@/components/state-views'
import { usePagedList } from '@/hooks/use-paged-list'
import { assetUrl } from '@/services/config'
import { grantCoupon, listCustomers, listGrantableCoupons, type GrantableCoupon } from '@/services/customers'
import { StatusTabs } from '../../components/status-tabs'
import { useStoreId } from '../../components/use-owned-stores'
import '../../console.css'
import './index.css'

function CouponPicker(props: { coupons: GrantableCoupon[]; count: number; onPick(coupon: GrantableCoupon): void; onClose(): void }) {
  return (
    <View className='console__card customers__picker'>
      <Text className='console__card-title'>{`给 ${props.count} 位客户发优惠券`}</Text>
      {props.coupons.length === 0 ? <Text className='console__hint'>还没有进行中的优惠券，先在「优惠券」里创建一张</Text> : null}
      {props.coupons.map((coupon) => (
        <Text key={coupon.id} className='choice-chip' onClick={() => props.onPick(coupon)}>
          {coupon.title}
        </Text>
      ))}
      <Text className='console__link customers__close' onClick={props.onClose}>取消</Text>
    </View>
  )
}

export default function CustomersPage() {
  const storeId = useStoreId()
  const [segment, setSegment] = useState<CustomerSegment>('all')
  const [selected, setSelected] = useState<string[]>([])
  // null: this cloud has no coupons (the 发优惠券 button stays hidden).
  const [coupons, setCoupons] = useState<GrantableCoupon[] | null>(null)
  const [picking, setPicking] = useState(false)
  const list = usePagedList(
    async (cursor) => {
      const page = await listCustomers({ storeId, segment, cursor })
      return { items: page.items.map((c) => ({ ...c, id: c.openid })), nextCursor: page.nextCursor }
    },
    [storeId, segment],
  )
  useReachBottom(list.loadMore)
  useEffect(() => {
    listGrantableCoupons(storeId).then(setCoupons, () => setCoupons(null))
  }, [storeId])

  const grant = async (coupon: GrantableCoupon) => {
    try {
      const { granted } = await grantCoupon(storeId, coupon.id, selected)
      void Taro.showToast({ title: `已发给 ${granted} 位客户`, icon: 'success' })
      setSelected([])
      setPicking(false)
    } catch (failure) {
      void Taro.showToast({ title: failure instanceof AppError ? failure.message : '发放失败，请重试', icon: 'none' })
    }
  }
  const choose = (openid: string) => {
    if (!selected.includes(openid) && selected.length >= MAX_GRANT_OPENIDS) {
      void Taro.showToast({ title: `一次最多选 ${MAX_GRANT_OPENIDS} 位`, icon: 'none' })
      return
    }
    setSelected(toggleId(selected, openid))
  }

  const tabs = CUSTOMER_SEGMENTS.map((key) => ({ key, label: CUSTOMER_SEGMENT_LABELS[key] }))
  let body: JSX.Element
  if (list.status === 'error' && list.items.length === 0 && list.error) body = <ErrorState error={list.error} onRetry={list.retry} />
  else if (list.status === 'ready' && list.items.length === 0) body = <EmptyState title='这个分组还没有客户' hint='顾客付款后会出现在这里' />
  else
    body = (
      <View>
        {list.items.map((c) => {
          const on = selected.includes(c.openid)
          return (
            <View key={c.openid} className='console__card customers__row' onClick={() => choose(c.openid)}>
              {coupons ? <Text className={on ? 'customers__check customers__check--on' : 'customers__check'}>{on ? '✓' : ''}</Text> : null}
              {c.avatarUrl ? <Image className='customers__avatar' src={assetUrl(c.avatarUrl)} mode='aspectFill' /> : <View className='customers__avatar' />}
              <View className='customers__text'>
                <Text className='customers__name'>{c.nickname || '微信用户'}</Text>
                <Text className='console__muted'>{`${c.orders} 单 · 最近 ${formatDate(c.lastOrderAt)}`}</Text>
              </View>
              <Text className='customers__amount'>{formatFen(c.paidAmount)}</Text>
            </View>
          )
        })}
        <ListFooter list={list} />
      </View>
    )

  return (
    <View className='console customers'>
      <StatusTabs<CustomerSegment> tabs={tabs} active={segment} onChange={(key) => { setSegment(key); setSelected([]) }} />
      {body}
      {picking && coupons ? <CouponPicker coupons={coupons} count={selected.length} onPick={grant} onClose={() => setPicking(false)} /> : null}
      {coupons && selected.length > 0 && !picking ? (
        <View className='console__bar'>
          <Button className='console__button' onClick={() => setPicking(true)}>
            {`发优惠券（已选 ${selected.length} 位）`}
          </Button>
        </View>
      ) : null}
    </View>
  )
}
