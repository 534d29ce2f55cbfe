// The cart, kept on the device. Lines remember what the shopper saw (title, image, price) so
// the cart renders at once; checkout asks the server for the real prices.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { taroStorage } from './taro-storage'

export const MAX_LINE_QUANTITY = 99

export interface CartLine {
  skuId: string
  productId: string
  storeId: string
  title: string
  image: string
  specs: Record<string, string>
  /** Price in fen when added; shown until fresher catalog data arrives. */
  price: number
  quantity: number
  selected: boolean
}

interface CartState {
  lines: CartLine[]
  add(line: Omit<CartLine, 'selected'>): void
  setQuantity(skuId: string, quantity: number): void
  remove(skuId: string): void
  toggle(skuId: string): void
  clear(): void
}

/** Pure rules, exported for tests and reused by the store below. */
export function addLine(lines: CartLine[], line: Omit<CartLine, 'selected'>): CartLine[] {
  const existing = lines.find((l) => l.skuId === line.skuId)
  if (!existing) return [...lines, { ...line, quantity: clampLine(line.quantity), selected: true }]
  return lines.map((l) =>
    l.skuId === line.skuId
      ? { ...l, ...line, quantity: clampLine(l.quantity + line.quantity), selected: true }
      : l,
  )
}

function clampLine(quantity: number): number {
  return Math.min(MAX_LINE_QUANTITY, Math.max(1, Math.floor(quantity)))
}

export function cartCount(lines: readonly CartLine[]): number {
  return lines.reduce((sum, line) => sum + line.quantity, 0)
}

export const useCart = create<CartState>()(
  persist(
    (set) => ({
      lines: [],
      add: (line) => set((state) => ({ lines: addLine(state.lines, line) })),
      setQuantity: (skuId, quantity) =>
        set((state) => ({
          lines: state.lines.map((l) => (l.skuId === skuId ? { ...l, quantity: clampLine(quantity) } : l)),
        })),
      remove: (skuId) => set((state) => ({ lines: state.lines.filter((l) => l.skuId !== skuId) })),
      toggle: (skuId) =>
        set((state) => ({ lines: state.lines.map((l) => (l.skuId === skuId ? { ...l, selected: !l.selected } : l)) })),
      clear: () => set({ lines: [] }),
    }),
    {
      name: 'xiaodian.cart',
      version: 1,
      storage: createJSONStorage(() => taroStorage),
      partialize: (state) => ({ lines: state.lines }),
    },
  ),
)
