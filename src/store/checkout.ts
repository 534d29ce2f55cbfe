// What the shopper is about to order, from the cart or from 立即购买. Kept on the device with
// its idempotency key, so a reload of the checkout page or a retry after a lost answer
// submits the same order again instead of a second one.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { AddressFields as Address } from '@/domain/address'
import type { CartLine } from '@/domain/order-cart'
import { personal, personalStorage } from './personal-storage'

export type CheckoutLine = Pick<CartLine, 'skuId' | 'productId' | 'title' | 'image' | 'specs' | 'price' | 'quantity'>

export interface CheckoutDraft {
  source: 'cart' | 'buy_now'
  storeId: string
  storeName: string
  lines: CheckoutLine[]
  idempotencyKey: string
}

interface CheckoutState {
  draft: CheckoutDraft | null
  /** The address of the last order, offered again (until the address book exists). */
  lastAddress: Address | null
  rememberAddress(address: Address): void
  start(draft: Omit<CheckoutDraft, 'idempotencyKey'>): void
  /** A new key: the next submit is a new order (e.g. after the shopper changed something). */
  renewKey(): void
  clear(): void
}

/** 20+ characters of time and randomness; unique per device is enough, keys are per buyer. */
export function newIdempotencyKey(now = Date.now(), random = Math.random): string {
  const noise = Array.from({ length: 3 }, () => Math.floor(random() * 36 ** 5).toString(36).padStart(5, '0')).join('')
  return `ck-${now.toString(36)}-${noise}`
}

export const useCheckout = personal(
  create<CheckoutState>()(
    persist(
      (set) => ({
        draft: null,
        lastAddress: null,
        rememberAddress: (address) => set({ lastAddress: address }),
        start: (draft) =>
          set({
            draft: {
              ...draft,
              lines: draft.lines.map(({ skuId, productId, title, image, specs, price, quantity }) => ({ skuId, productId, title, image, specs, price, quantity })),
              idempotencyKey: newIdempotencyKey(),
            },
          }),
        renewKey: () => set((state) => (state.draft ? { draft: { ...state.draft, idempotencyKey: newIdempotencyKey() } } : state)),
        clear: () => set({ draft: null }),
      }),
      {
        name: 'xiaodian.checkout',
        version: 1,
        storage: createJSONStorage(() => personalStorage),
        partialize: (state) => ({ draft: state.draft, lastAddress: state.lastAddress }),
      },
    ),
  ),
)
