import { LOW_STOCK_THRESHOLD, lowStockNote } from './low-stock'

describe('lowStockNote', () => {
  it('says how many are left below the threshold, including none', () => {
    expect(lowStockNote(LOW_STOCK_THRESHOLD - 1)).toBe(`仅剩 ${LOW_STOCK_THRESHOLD - 1} 件`)
    expect(lowStockNote(1)).toBe('仅剩 1 件')
    expect(lowStockNote(0)).toBe('仅剩 0 件')
  })

  it('says nothing with plenty left or an unknown stock', () => {
    expect(lowStockNote(LOW_STOCK_THRESHOLD)).toBeNull()
    expect(lowStockNote(500)).toBeNull()
    expect(lowStockNote(undefined)).toBeNull()
    expect(lowStockNote(null)).toBeNull()
  })
})
