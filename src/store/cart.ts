// The cart, kept on the device. Lines remember what the shopper saw (title, image, price) so
// the cart renders at once; refresh() brings them up to date with the catalog, and checkout
// asks the server for the real prices. The rules live in src/domain/order-cart.ts.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import {
  addLine,
  applyCatalog,
  clampLine,
  selectAll,
  toggleLine,
  type CartLine,
  type NewCartLine,
} from '@/domain/order-cart'
import type { CartItemInfo } from '@/domain/order-types'
import { personal, personalStorage } from './personal-storage'

export { MAX_LINE_QUANTITY } from '@/domain/order-pricing'
export { addLine, cartCount } from '@/domain/order-cart'
export type { CartLine, NewCartLine } from '@/domain/order-cart'

export const CART_VERSION = 2

interface CartState {
  lines: CartLine[]
  add(line: NewCartLine): void
  setQuantity(skuId: string, quantity: number): void
  remove(skuId: string): void
  /** Drops the given lines, e.g. those just ordered. */
  removeMany(skuIds: readonly string[]): void
  toggle(skuId: string): void
  /** Selects or clears every buyable line, of one store when storeId is given. */
  selectAll(selected: boolean, storeId?: string): void
  /** Applies fresh catalog data for the SKUs in `checked`. */
  applyCatalog(fresh: readonly CartItemInfo[], checked: readonly string[]): void
  clear(): void
}

/**
 * Carts saved by older versions of the app. v1 lines had no store name, stock or status:
 * they come back as buyable, and the next refresh marks what is not.
 */
export function migrateCart(persisted: unknown, version: number): { lines: CartLine[] } {
  const state = (persisted ?? {}) as { lines?: unknown }
  const lines = Array.isArray(state.lines) ? state.lines : []
  if (version < 2) {
    return {
      lines: lines
        .filter((l): l is Record<string, unknown> => !!l && typeof l === 'object' && typeof (l as CartLine).skuId === 'string')
        .map((l) => ({ storeName: '', stock: null, status: 'ok', selected: true, ...l }) as CartLine),
    }
  }
  return { lines: lines as CartLine[] }
}

export const useCart = personal(
  create<CartState>()(
    persist(
      (set) => ({
        lines: [],
        add: (line) => set((state) => ({ lines: addLine(state.lines, line) })),
        setQuantity: (skuId, quantity) =>
          set((state) => ({
            lines: state.lines.map((l) => (l.skuId === skuId ? { ...l, quantity: clampLine(quantity) } : l)),
          })),
        remove: (skuId) => set((state) => ({ lines: state.lines.filter((l) => l.skuId !== skuId) })),
        removeMany: (skuIds) => set((state) => ({ lines: state.lines.filter((l) => !skuIds.includes(l.skuId)) })),
        toggle: (skuId) => set((state) => ({ lines: toggleLine(state.lines, skuId) })),
        selectAll: (selected, storeId) => set((state) => ({ lines: selectAll(state.lines, selected, storeId) })),
        applyCatalog: (fresh, checked) => set((state) => ({ lines: applyCatalog(state.lines, fresh, checked) })),
        clear: () => set({ lines: [] }),
      }),
      {
        name: 'xiaodian.cart',
        version: CART_VERSION,
        storage: createJSONStorage(() => personalStorage),
        partialize: (state) => ({ lines: state.lines }),
        migrate: (persisted, version) => migrateCart(persisted, version) as never,
      },
    ),
  ),
)
