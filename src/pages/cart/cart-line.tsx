// One cart line: check mark, photo, title and specs, price, quantity, and what is wrong with it.
import { Image, Text, View } from '@tarojs/components'
import { formatFen } from '@/domain/money'
import { lineProblem, problemLabel, type CartLine } from '@/domain/order-cart'
import { MAX_LINE_QUANTITY } from '@/domain/order-pricing'
import { describeSpecs } from '@/domain/spec-selection'
import { QuantityStepper } from '@/components/quantity-stepper'

export function CheckMark({ on, disabled, onTap }: { on: boolean; disabled?: boolean; onTap(): void }) {
  return (
    <Text
      className={`cart-check${on ? ' cart-check--on' : ''}${disabled ? ' cart-check--disabled' : ''}`}
      aria-checked={on}
      onClick={onTap}
    >
      {on ? '✓' : ''}
    </Text>
  )
}

export function CartLineView(props: { line: CartLine; onToggle(): void; onQuantity(q: number): void; onRemove(): void; onOpen(): void }) {
  const { line } = props
  const problem = lineProblem(line)
  const label = problemLabel(line)
  const unavailable = problem === 'off_sale' || problem === 'sold_out'
  const max = line.stock !== null && line.stock > 0 ? Math.min(MAX_LINE_QUANTITY, Math.max(line.stock, line.quantity)) : MAX_LINE_QUANTITY
  return (
    <View className={`cart-line${unavailable ? ' cart-line--unavailable' : ''}`} data-sku={line.skuId}>
      <CheckMark on={line.selected} disabled={problem !== null && !line.selected} onTap={props.onToggle} />
      <View className='cart-line__media' onClick={props.onOpen}>
        <Image className='cart-line__image' src={line.image} mode='aspectFill' />
        {unavailable ? <Text className='cart-line__badge'>{label}</Text> : null}
      </View>
      <View className='cart-line__body'>
        <Text className='cart-line__title' onClick={props.onOpen}>
          {line.title}
        </Text>
        {Object.keys(line.specs).length > 0 ? <Text className='cart-line__specs'>{describeSpecs(line.specs)}</Text> : null}
        {label ? <Text className='cart-line__problem'>{label}</Text> : null}
        <View className='cart-line__row'>
          <Text className='cart-line__price'>{formatFen(line.price)}</Text>
          {unavailable ? null : <QuantityStepper value={line.quantity} max={max} onChange={props.onQuantity} />}
        </View>
        <Text className='cart-line__remove' onClick={props.onRemove}>
          删除
        </Text>
      </View>
    </View>
  )
}
