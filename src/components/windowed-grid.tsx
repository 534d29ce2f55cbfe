// A two-column product grid that renders only the rows near the screen (see windowing.ts).
// Rows have a fixed height, so the spacers above and below stand in exactly for the rest.
import { View } from '@tarojs/components'
import Taro, { usePageScroll } from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Product } from '@/domain/catalog'
import { chunkRows, rowWindow, type RowWindow } from '@/hooks/windowing'
import { ProductCard } from './product-card'

/** Row height in design px (750 wide); matches .product-row in product-grid.css. */
const ROW_DESIGN_PX = 560
const COLUMNS = 2
/** Rows the window moves by at once: a fling changes the rendered rows (one setData) every
 * fourth row instead of every row; `npm run bench` counts the setData calls. */
const WINDOW_STEP = 4

function designToPx(value: number): number {
  return (value * Taro.getWindowInfo().windowWidth) / 750
}

export function WindowedProductGrid({ items }: { items: Product[] }) {
  const rows = useMemo(() => chunkRows(items, COLUMNS), [items])
  const rowHeight = useMemo(() => designToPx(ROW_DESIGN_PX), [])
  const viewportHeight = useMemo(() => Taro.getWindowInfo().windowHeight, [])
  const scrollTop = useRef(0)
  const listTop = useRef(0)
  const [range, setRange] = useState<Pick<RowWindow, 'first' | 'last'>>({ first: 0, last: 12 })

  const update = useCallback(() => {
    const next = rowWindow({ scrollTop: scrollTop.current, viewportHeight, listTop: listTop.current, rowHeight, rowCount: rows.length, step: WINDOW_STEP })
    // Only a change of rendered rows re-renders: scrolling within them costs nothing.
    setRange((current) => (current.first === next.first && current.last === next.last ? current : next))
  }, [rows.length, rowHeight, viewportHeight])

  // Measure where the list starts once it is on screen. Not useReady: the grid usually mounts
  // after the page is ready (its products arrive later), and then useReady never fires.
  useEffect(() => {
    Taro.nextTick(() => Taro.createSelectorQuery()
      .select('.windowed-grid')
      .boundingClientRect((rect) => {
        const box = Array.isArray(rect) ? rect[0] : rect
        if (box) listTop.current = box.top + scrollTop.current
        update()
      })
      .exec())
  }, [update])

  usePageScroll(({ scrollTop: top }) => {
    scrollTop.current = top
    update()
  })

  const last = Math.min(rows.length, Math.max(range.last, range.first + 1))
  const first = Math.min(range.first, last)
  return (
    <View className='windowed-grid'>
      <View style={{ height: `${first * rowHeight}px` }} />
      {rows.slice(first, last).map((row, index) => (
        <View key={row[0].id} className='product-row'>
          {row.map((product) => (
            <ProductCard key={product.id} product={product} eager={first + index < 2} />
          ))}
        </View>
      ))}
      <View style={{ height: `${(rows.length - last) * rowHeight}px` }} />
    </View>
  )
}
