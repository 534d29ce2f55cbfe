import { Text } from '@tarojs/components'
import { formatFen, formatFenRange } from '@/domain/money'

/** A price in fen, or a range of prices, as the shopper reads it. */
export function Price({ fen, range, className }: { fen?: number; range?: number[]; className?: string }) {
  const text = range ? formatFenRange(range) : fen === undefined ? '' : formatFen(fen)
  return <Text className={`price ${className ?? ''}`}>{text}</Text>
}
