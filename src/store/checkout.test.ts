import { newIdempotencyKey, useCheckout } from './checkout'

jest.mock('./taro-storage', () => {
  const items = new Map<string, string>()
  return {
    taroStorage: {
      getItem: (name: string) => items.get(name) ?? null,
      setItem: (name: string, value: string) => void items.set(name, value),
      removeItem: (name: string) => void items.delete(name),
    },
  }
})

const line = { skuId: 'k1', productId: 'p1', title: '马克杯', image: '/x.svg', specs: { 颜色: '月白' }, price: 6800, quantity: 2 }

describe('checkout draft', () => {
  it('makes keys the server accepts (8–64 of letters, digits, - and _), different each time', () => {
    const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey()))
    expect(keys.size).toBe(200)
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
  })

  it('keeps the key for the life of the draft, so a retry submits the same order', () => {
    useCheckout.getState().start({ source: 'cart', storeId: 's1', storeName: '小店', lines: [{ ...line, selected: true } as never] })
    const first = useCheckout.getState().draft!
    expect(first.lines).toEqual([line])
    expect(useCheckout.getState().draft!.idempotencyKey).toBe(first.idempotencyKey)
    useCheckout.getState().renewKey()
    expect(useCheckout.getState().draft!.idempotencyKey).not.toBe(first.idempotencyKey)
    useCheckout.getState().start({ source: 'buy_now', storeId: 's1', storeName: '', lines: [line] })
    expect(useCheckout.getState().draft!.idempotencyKey).not.toBe(first.idempotencyKey)
    useCheckout.getState().clear()
    expect(useCheckout.getState().draft).toBeNull()
  })
})
