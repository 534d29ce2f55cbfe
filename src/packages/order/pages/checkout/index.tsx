// 确认订单: the server's prices and delivery fee, the address, 快递 or 到店自提, a note, and
// 提交订单 (which creates the order once, however often it is tapped, then pays).
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { lowStockNote } from '@/domain/low-stock'
import { formatFen } from '@/domain/money'
import type { DeliveryMethod } from '@/domain/order-pricing'
import { freeDeliveryGap } from '@/domain/shipping'
import { EmptyState, ErrorState } from '@/components/state-views'
import { useCheckout } from '@/store/checkout'
import { AddressSection } from '../../components/address-section'
import { OrderAmounts, OrderLines } from '../../components/order-lines'
import { NOTE_MAX, useCheckoutFlow } from './use-checkout-flow'
import { CouponRow } from './coupon-row'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import './index.css'

const DELIVERIES: Array<{ key: DeliveryMethod; label: string }> = [
  { key: 'express', label: '快递' },
  { key: 'pickup', label: '到店自提' },
]

function CheckoutPage() {
  const draft = useCheckout((state) => state.draft)
  const flow = useCheckoutFlow(draft)

  if (!draft) {
    return (
      <View className='checkout'>
        <EmptyState title='没有要结算的商品' hint='订单可能已经提交，可以在「我的订单」里查看' />
        <View className='checkout__links'>
          <Text className='checkout__link' onClick={() => Taro.redirectTo({ url: '/packages/order/pages/list/index' })}>
            查看我的订单
          </Text>
        </View>
      </View>
    )
  }

  const quote = flow.quote
  // Free delivery is judged on the items after discounts (none until coupons apply here).
  const gap = quote && flow.shipping ? freeDeliveryGap(flow.shipping.freeOver, quote.itemsTotal, quote.deliveryFee) : null
  const pickup = flow.shipping?.pickup
  return (
    <View className='checkout'>
      <View className='checkout__card checkout__delivery'>
        {DELIVERIES.filter((option) => option.key === 'express' || flow.pickupOffered).map((option) => (
          <Text
            key={option.key}
            className={`checkout__delivery-option${flow.delivery === option.key ? ' checkout__delivery-option--on' : ''}`}
            onClick={() => flow.setDelivery(option.key)}
          >
            {option.label}
          </Text>
        ))}
      </View>
      {flow.delivery === 'express' ? (
        <View>
          <AddressSection value={flow.address} errors={flow.errors} onChange={flow.changeAddress} />
          <Text className='checkout__saved' onClick={flow.chooseSaved}>
            从我的收货地址中选择 ›
          </Text>
        </View>
      ) : (
        <View className='checkout__card checkout__pickup'>
          <Text className='checkout__pickup-address'>自提地址：{pickup?.address}</Text>
          {pickup?.hours ? <Text className='checkout__pickup-hours'>营业时间：{pickup.hours}</Text> : null}
          <Text>下单后请等待商家备货通知，凭订单号到店取货。</Text>
        </View>
      )}
      <View className='checkout__card'>
        <Text className='checkout__store'>{quote?.storeName || draft.storeName || '店铺'}</Text>
        {flow.quoteError ? (
          <ErrorState error={flow.quoteError} onRetry={() => void flow.loadQuote()} />
        ) : (
          <OrderLines items={quote ? quote.items : draft.lines} note={(item) => lowStockNote(item.stock)} />
        )}
        <View className='checkout__note'>
          <Text className='checkout__note-label'>备注</Text>
          <Input
            className='checkout__note-input'
            value={flow.note}
            maxlength={NOTE_MAX}
            placeholder='选填：想对商家说的话'
            onInput={(e) => flow.setNote(e.detail.value)}
          />
        </View>
      </View>
      {quote ? (
        <View className='checkout__card'>
          <CouponRow quote={quote} onPick={flow.setCoupon} />
          <OrderAmounts itemsTotal={quote.itemsTotal} discount={quote.discount} deliveryFee={quote.deliveryFee} total={quote.total} />
          {gap !== null ? <Text className='checkout__hint'>再买 {formatFen(gap)} 免运费</Text> : null}
        </View>
      ) : null}
      <View className='checkout__bar'>
        <Text className='checkout__sum'>
          实付 <Text className='checkout__total'>{quote ? formatFen(quote.total) : '--'}</Text>
        </Text>
        <Button className='checkout__submit' disabled={!quote || flow.submitting} loading={flow.submitting} onClick={() => void flow.submit()}>
          提交订单
        </Button>
      </View>
    </View>
  )
}

export default withPrivacySheet(CheckoutPage)
