import { isSoldOut, priceBounds, totalStock, type Sku } from './catalog'

function sku(id: string, price: number, stock: number): Sku {
  return { id, specs: { 尺码: id }, price, stock }
}

describe('priceBounds', () => {
  it('is null for a product without SKUs', () => {
    expect(priceBounds({ skus: [] })).toBeNull()
  })

  it('is one price for a single SKU', () => {
    expect(priceBounds({ skus: [sku('S', 1290, 1)] })).toEqual({ low: 1290, high: 1290 })
  })

  it('is the lowest and highest price whatever the SKU order', () => {
    expect(priceBounds({ skus: [sku('M', 1990, 1), sku('S', 990, 0), sku('L', 1500, 2)] })).toEqual({
      low: 990,
      high: 1990,
    })
  })

  it('counts sold-out SKUs in the range', () => {
    expect(priceBounds({ skus: [sku('S', 500, 0), sku('M', 800, 3)] })).toEqual({ low: 500, high: 800 })
  })
})

describe('totalStock', () => {
  it('adds up the stock of every SKU', () => {
    expect(totalStock({ skus: [sku('S', 1, 3), sku('M', 1, 0), sku('L', 1, 4)] })).toBe(7)
  })

  it('is 0 without SKUs', () => {
    expect(totalStock({ skus: [] })).toBe(0)
  })
})

describe('isSoldOut', () => {
  it('is true when no SKU has stock', () => {
    expect(isSoldOut({ skus: [sku('S', 1, 0), sku('M', 1, 0)] })).toBe(true)
  })

  it('is false when any SKU has stock', () => {
    expect(isSoldOut({ skus: [sku('S', 1, 0), sku('M', 1, 1)] })).toBe(false)
  })

  it('is true for a product without SKUs', () => {
    expect(isSoldOut({ skus: [] })).toBe(true)
  })
})
