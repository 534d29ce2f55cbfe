// The cart: lines grouped by store, quantities, selection, lines that can no longer be bought
// marked (never silently removed), and 去结算 for the selected lines of one store.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { formatFen } from '@/domain/money'
import { allSelected, cartCount, checkoutLines, checkoutStores, groupByStore, lineProblem, selectedTotal } from '@/domain/order-cart'
// Before state-views: the weapp build wants every page to pull shared CSS in the same order
// (the product page loads the quantity stepper's before the state views').
import { CartLineView, CheckMark } from './cart-line'
import { EmptyState } from '@/components/state-views'
import { useCartBadge } from '@/hooks/use-cart-badge'
import { useCart } from '@/store/cart'
import { useCheckout } from '@/store/checkout'
import { useCartRefresh } from './use-cart-refresh'
import './index.css'

export default function CartPage() {
  useCartBadge()
  const lines = useCart((state) => state.lines)
  const { setQuantity, remove, removeMany, toggle, selectAll } = useCart.getState()
  const { refreshing, error, refresh } = useCartRefresh()

  if (lines.length === 0) {
    return (
      <View className='cart'>
        <EmptyState title='购物车是空的' hint='去首页逛逛，把喜欢的加进来' />
        <View className='cart__go' onClick={() => Taro.switchTab({ url: '/pages/home/index' })}>
          <Text>去逛逛</Text>
        </View>
      </View>
    )
  }

  const chosen = checkoutLines(lines)
  const total = selectedTotal(lines)
  const count = cartCount(chosen)
  const unavailable = lines.filter((line) => line.status !== 'ok' || line.stock === 0)

  const checkout = () => {
    const stores = checkoutStores(lines)
    if (stores.length === 0) {
      void Taro.showToast({ title: '请选择要结算的商品', icon: 'none' })
      return
    }
    if (stores.length > 1) {
      void Taro.showModal({ title: '请分店铺结算', content: '订单按店铺分开，一次只能结算一个店铺的商品。', showCancel: false })
      return
    }
    const group = groupByStore(chosen)[0]
    useCheckout.getState().start({ source: 'cart', storeId: group.storeId, storeName: group.storeName, lines: group.lines })
    void Taro.navigateTo({ url: '/packages/order/pages/checkout/index' })
  }

  const confirmRemove = (skuId: string) => {
    void Taro.showModal({ title: '删除商品', content: '确定把这件商品移出购物车吗？' }).then((res) => res.confirm && remove(skuId))
  }

  return (
    <View className='cart'>
      {error ? (
        <View className='cart__notice' onClick={refresh}>
          <Text>价格和库存未能更新（{error.message}），点击重试</Text>
        </View>
      ) : refreshing ? (
        <View className='cart__notice cart__notice--quiet'>
          <Text>正在更新价格和库存…</Text>
        </View>
      ) : null}
      {groupByStore(lines).map((group) => (
        <View key={group.storeId} className='cart-store'>
          <View className='cart-store__header'>
            <CheckMark on={allSelected(lines, group.storeId)} onTap={() => selectAll(!allSelected(lines, group.storeId), group.storeId)} />
            <Text className='cart-store__name'>{group.storeName || '店铺'}</Text>
          </View>
          {group.lines.map((line) => (
            <CartLineView
              key={line.skuId}
              line={line}
              onToggle={() => {
                if (!line.selected && lineProblem(line) !== null) void Taro.showToast({ title: '该商品暂时无法购买', icon: 'none' })
                toggle(line.skuId)
              }}
              onQuantity={(q) => setQuantity(line.skuId, q)}
              onRemove={() => confirmRemove(line.skuId)}
              onOpen={() => Taro.navigateTo({ url: `/pages/product/index?id=${encodeURIComponent(line.productId)}` })}
            />
          ))}
        </View>
      ))}
      {unavailable.length > 0 ? (
        <Text className='cart__clear' onClick={() => removeMany(unavailable.map((line) => line.skuId))}>
          清除失效商品（{unavailable.length}）
        </Text>
      ) : null}
      <View className='cart__bar'>
        <View className='cart__all' onClick={() => selectAll(!allSelected(lines))}>
          <CheckMark on={allSelected(lines)} onTap={() => undefined} />
          <Text>全选</Text>
        </View>
        <View className='cart__sum'>
          <Text>合计 </Text>
          <Text className='cart__total'>{formatFen(total)}</Text>
        </View>
        <View className={`cart__checkout${count === 0 ? ' cart__checkout--disabled' : ''}`} onClick={checkout}>
          <Text>去结算{count > 0 ? `(${count})` : ''}</Text>
        </View>
      </View>
    </View>
  )
}
