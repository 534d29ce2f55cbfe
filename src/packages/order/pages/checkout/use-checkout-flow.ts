// The checkout's state and its one action: quote (the server's prices), then 提交订单 —
// create with the draft's idempotency key (a double tap or a retry makes one order), handle a
// price change by asking again, and pay.
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { AddressFields } from '@/domain/address'
import { AppError } from '@/domain/errors'
import { formatFen } from '@/domain/money'
import type { AddressErrors } from '@/domain/address'
import type { DeliveryMethod } from '@/domain/order-pricing'
import type { Quote } from '@/domain/order-types'
import { offersPickup, type ShippingRules } from '@/domain/shipping'
import { getStore } from '@/services/catalog'
import { ADDRESS_BOOK_PAGE, ADDRESS_SELECTED_EVENT, getDefaultAddress, saveAddress } from '@/services/address'
import { createOrder, quoteOrder } from '@/services/order'
import { payOrder } from '@/services/payment'
import { askOrderMessages } from '@/services/subscribe'
import { useCart } from '@/store/cart'
import { useCheckout, type CheckoutDraft } from '@/store/checkout'
import { checkoutVisitId } from '@/store/entry'
import { usePrivacy } from '@/store/privacy'
import { useLoadOn } from '@/hooks/use-load-on'
import { checkAddress, EMPTY_ADDRESS, toAddress, type AddressDraft } from '../../components/address-section'

export { ORDER_NOTE_MAX as NOTE_MAX } from '@/domain/text-limits'

export type CouponPick = 'best' | string | null

/**
 * A quote with the coupon picked: the best one asks once without a coupon, learns the best,
 * and asks again with it; a chosen one that is no longer usable falls back to the best.
 */
export async function quoteWithCoupon(ask: (userCouponId?: string) => Promise<Quote>, pick: CouponPick): Promise<Quote> {
  if (pick && pick !== 'best') {
    try {
      return await ask(pick)
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'COUPON_UNAVAILABLE')) throw error
    }
  }
  const plain = await ask()
  if (pick === null || !plain.bestUserCouponId) return plain
  return ask(plain.bestUserCouponId).catch(() => plain)
}

function asAppError(error: unknown): AppError {
  return error instanceof AppError ? error : new AppError('INTERNAL')
}

export function useCheckoutFlow(draft: CheckoutDraft | null) {
  const [delivery, setDelivery] = useState<DeliveryMethod>('express')
  const [address, setAddress] = useState<AddressDraft>(() => ({ ...EMPTY_ADDRESS, ...(useCheckout.getState().lastAddress ?? {}) }))
  const [errors, setErrors] = useState<AddressErrors>({})
  const [note, setNote] = useState('')
  const [quote, setQuote] = useState<Quote | null>(null)
  const [quoteError, setQuoteError] = useState<AppError | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const busy = useRef(false)
  // The store's shipping rules: pickup is offered only where the store gave an address.
  const [shipping, setShipping] = useState<ShippingRules | null>(null)
  const storeId = draft?.storeId
  useEffect(() => {
    if (!storeId) return
    getStore(storeId).then((store) => setShipping(store.shipping ?? null), () => undefined)
  }, [storeId])
  const pickupOffered = shipping !== null && offersPickup(shipping)
  useEffect(() => {
    if (shipping && !pickupOffered && delivery === 'pickup') setDelivery('express')
  }, [shipping, pickupOffered, delivery])
  // The fee depends on the province: once the address is complete, the quote carries it.
  const quoteAddress = delivery === 'express' && Object.keys(checkAddress(address)).length === 0 ? toAddress(address) : undefined
  // 'best': the server's best usable coupon (preselected); null: none; else the chosen copy.
  const [coupon, setCoupon] = useState<CouponPick>('best')

  const request = (userCouponId?: string) => ({
    storeId: draft!.storeId,
    items: draft!.lines.map((line) => ({ skuId: line.skuId, quantity: line.quantity })),
    delivery,
    ...(userCouponId ? { userCouponId } : {}),
  })

  const loadQuote = async (pick: CouponPick = coupon): Promise<Quote | null> => {
    if (!draft) return null
    setQuoteError(null)
    try {
      const next = await quoteWithCoupon((id) => quoteOrder({ ...request(id), address: quoteAddress }), pick)
      setQuote(next)
      return next
    } catch (error) {
      setQuote(null)
      setQuoteError(asAppError(error))
      return null
    }
  }
  // A new quote for another order attempt, delivery, province or coupon choice.
  useLoadOn(JSON.stringify([draft?.idempotencyKey, delivery, quoteAddress?.provinceName, coupon]), () => loadQuote())

  // Start from the address book's default address, and take the one picked there.
  const takeAddress = useCallback(({ userName, telNumber, provinceName, cityName, countyName, detailInfo }: AddressFields) => {
    setAddress({ userName, telNumber, provinceName, cityName, countyName, detailInfo })
    setErrors({})
  }, [])
  useEffect(() => {
    let live = true
    getDefaultAddress().then(
      (saved) => {
        if (live && saved) takeAddress(saved)
      },
      () => undefined, // no address book (not signed in, offline): the form still works
    )
    Taro.eventCenter.on(ADDRESS_SELECTED_EVENT, takeAddress)
    return () => {
      live = false
      Taro.eventCenter.off(ADDRESS_SELECTED_EVENT, takeAddress)
    }
  }, [takeAddress])
  const chooseSaved = () => void Taro.navigateTo({ url: `${ADDRESS_BOOK_PAGE}?select=1` })
  // Typing or picking: a field's error goes as soon as the field changes, as in the address book.
  const changeAddress = (next: AddressDraft) => {
    setErrors((current) => {
      const kept = { ...current }
      for (const field of Object.keys(next) as Array<keyof AddressDraft>) if (next[field] !== address[field]) delete kept[field]
      return kept
    })
    setAddress(next)
  }

  const place = async (expectedTotal: number): Promise<void> => {
    const chosen = delivery === 'express' || address.userName ? toAddress(address) : undefined
    try {
      const order = await createOrder({
        ...request(quote?.userCouponId ?? undefined),
        address: chosen,
        note: note.trim() || undefined,
        idempotencyKey: draft!.idempotencyKey,
        expectedTotal,
        visitId: checkoutVisitId(),
      })
      if (chosen) useCheckout.getState().rememberAddress(chosen)
      // The address shipped to goes into the caller's address book (the cloud answers the saved
      // copy when it is already there), unless the shopper declined the privacy guidelines. A full
      // book or a failure here must not hold up payment.
      if (chosen && delivery === 'express' && usePrivacy.getState().consent.status !== 'declined') void saveAddress(chosen).catch(() => undefined)
      if (draft!.source === 'cart') useCart.getState().removeMany(draft!.lines.map((line) => line.skuId))
      useCheckout.getState().clear()
      const paid = await payOrder(order.id).catch((error: unknown) => {
        void Taro.showToast({ title: asAppError(error).message, icon: 'none' })
        return 'failed' as const
      })
      if (paid === 'paid') void Taro.showToast({ title: '支付成功', icon: 'success' })
      void Taro.redirectTo({ url: `/packages/order/pages/detail/index?id=${order.id}` })
    } catch (error) {
      const failure = asAppError(error)
      if (failure.code === 'PRICE_CHANGED') {
        const total = Number(failure.details?.total)
        const fresh = await loadQuote()
        const answer = await Taro.showModal({
          title: '价格有变动',
          content: `订单金额已更新为 ${formatFen(fresh?.total ?? total)}，是否按新价格提交订单？`,
          confirmText: '提交订单',
        })
        if (answer.confirm && fresh) await place(fresh.total)
        return
      }
      if (failure.code === 'IDEMPOTENCY_MISMATCH') useCheckout.getState().renewKey()
      // Used meanwhile (another order) or expired: quote again with the best one left.
      if (failure.code === 'COUPON_UNAVAILABLE') {
        setCoupon('best')
        void loadQuote('best')
      }
      if (failure.code === 'OUT_OF_STOCK' || failure.code === 'NOT_FOUND') void loadQuote()
      void Taro.showModal({ title: '订单未提交', content: failure.message, showCancel: false })
    }
  }

  const submit = async () => {
    if (busy.current || !draft || !quote) return
    // One-shot permission for the paid/shipped messages: asked inside the tap, first.
    const asking = askOrderMessages()
    const found = delivery === 'express' || address.userName || address.telNumber ? checkAddress(address) : {}
    setErrors(found)
    if (Object.keys(found).length > 0) {
      void Taro.showToast({ title: Object.values(found)[0]!, icon: 'none' })
      return
    }
    busy.current = true
    setSubmitting(true)
    try {
      await asking
      await place(quote.total)
    } finally {
      busy.current = false
      setSubmitting(false)
    }
  }

  return { shipping, pickupOffered, coupon, setCoupon, delivery, setDelivery, address, changeAddress, chooseSaved, errors, note, setNote, quote, quoteError, loadQuote, submitting, submit }
}
