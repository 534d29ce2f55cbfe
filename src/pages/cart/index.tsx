// The cart: lines grouped by store, quantities, selection and the selected total.
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { formatFen } from '@/domain/money'
import { describeSpecs } from '@/domain/spec-selection'
import { QuantityStepper } from '@/components/quantity-stepper'
import { EmptyState } from '@/components/state-views'
import { useCartBadge } from '@/hooks/use-cart-badge'
import { MAX_LINE_QUANTITY, useCart, type CartLine } from '@/store/cart'
import './index.css'

function selectedTotal(lines: readonly CartLine[]): number {
  return lines.filter((l) => l.selected).reduce((sum, l) => sum + l.price * l.quantity, 0)
}

export default function CartPage() {
  useCartBadge()
  const { lines, setQuantity, remove, toggle } = useCart()

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

  return (
    <View className='cart'>
      {lines.map((line) => (
        <View key={line.skuId} className='cart-line'>
          <Text className={`cart-line__check${line.selected ? ' cart-line__check--on' : ''}`} onClick={() => toggle(line.skuId)}>
            {line.selected ? '✓' : ''}
          </Text>
          <Image className='cart-line__image' src={line.image} mode='aspectFill' />
          <View className='cart-line__body'>
            <Text className='cart-line__title'>{line.title}</Text>
            {Object.keys(line.specs).length > 0 ? <Text className='cart-line__specs'>{describeSpecs(line.specs)}</Text> : null}
            <View className='cart-line__row'>
              <Text className='cart-line__price'>{formatFen(line.price)}</Text>
              <QuantityStepper value={line.quantity} max={MAX_LINE_QUANTITY} onChange={(q) => setQuantity(line.skuId, q)} />
            </View>
            <Text className='cart-line__remove' onClick={() => remove(line.skuId)}>
              删除
            </Text>
          </View>
        </View>
      ))}
      <View className='cart__bar'>
        <Text className='cart__total'>合计 {formatFen(selectedTotal(lines))}</Text>
      </View>
    </View>
  )
}
