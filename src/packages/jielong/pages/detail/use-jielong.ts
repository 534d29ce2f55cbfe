// The 接龙 page's state: the 接龙, its numbered list, a ticking countdown, and 参加接龙 —
// join (once per tap, whatever the retries: one idempotency key per attempt), then pay, then
// reload so the shopper finds their number.
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { AddressFields } from '@/domain/address'
import { AppError } from '@/domain/errors'
import { countdown, entryDelivery, type Jielong, type JielongEntry } from '@/domain/jielong'
import { ADDRESS_BOOK_PAGE, ADDRESS_SELECTED_EVENT, getDefaultAddress } from '@/services/address'
import { getJielong, joinJielong, listJielongEntries } from '@/services/jielong'
import { payOrder } from '@/services/payment'
import { newIdempotencyKey } from '@/store/checkout'
import { useLoadOn } from '@/hooks/use-load-on'

const asAppError = (error: unknown) => (error instanceof AppError ? error : new AppError('INTERNAL'))

export function useJielong(jielongId: string) {
  const [jielong, setJielong] = useState<Jielong | null>(null)
  const [entries, setEntries] = useState<JielongEntry[]>([])
  const [error, setError] = useState<AppError | null>(null)
  const [now, setNow] = useState(() => new Date())
  const [quantities, setQuantities] = useState<Record<string, number>>({})
  const [pickupPointId, setPickupPointId] = useState<string | null>(null)
  const [address, setAddress] = useState<AddressFields | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const key = useRef(newIdempotencyKey())

  const load = async () => {
    try {
      const [next, list] = await Promise.all([getJielong(jielongId), listJielongEntries(jielongId)])
      setJielong(next)
      setEntries(list.items)
      setError(null)
      if (next.pickupPoints.length > 0) setPickupPointId((current) => current ?? (next.delivery === 'express' ? null : next.pickupPoints[0].id))
    } catch (failure) {
      setError(asAppError(failure))
    }
  }
  useLoadOn(jielongId, load)
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000)
    return () => clearInterval(timer)
  }, [])

  // The contact (pickup) or delivery address comes from the address book, as at checkout.
  useEffect(() => {
    let live = true
    // Only the address's own fields travel (the book's id and default flag are not the order's).
    const take = ({ userName, telNumber, provinceName, cityName, countyName, detailInfo }: AddressFields) =>
      setAddress({ userName, telNumber, provinceName, cityName, countyName, detailInfo })
    getDefaultAddress().then((saved) => live && saved && take(saved), () => undefined)
    Taro.eventCenter.on(ADDRESS_SELECTED_EVENT, take)
    return () => {
      live = false
      Taro.eventCenter.off(ADDRESS_SELECTED_EVENT, take)
    }
  }, [])
  const chooseAddress = () => void Taro.navigateTo({ url: `${ADDRESS_BOOK_PAGE}?select=1` })

  const setQuantity = (skuId: string, quantity: number) => setQuantities((current) => ({ ...current, [skuId]: quantity }))
  const lines = Object.entries(quantities)
    .filter(([, quantity]) => quantity > 0)
    .map(([skuId, quantity]) => ({ skuId, quantity }))
  const total = jielong ? lines.reduce((sum, line) => sum + line.quantity * (jielong.items.find((i) => i.skuId === line.skuId)?.price ?? 0), 0) : 0
  const left = jielong && jielong.status === 'open' ? countdown(jielong.endAt, now) : null
  const open = left !== null

  const submit = async () => {
    if (!jielong || submitting) return
    if (lines.length === 0) return void Taro.showToast({ title: '请先选择数量', icon: 'none' })
    const choice = entryDelivery(jielong.delivery, { pickupPointId, hasAddress: Boolean(address) })
    if (!choice.ok) return void Taro.showToast({ title: choice.message, icon: 'none' })
    if (!address) return void Taro.showToast({ title: '请填写联系人和手机号', icon: 'none' })
    setSubmitting(true)
    try {
      const order = await joinJielong({ jielongId, lines, pickupPointId: pickupPointId ?? undefined, address, idempotencyKey: key.current })
      key.current = newIdempotencyKey()
      setQuantities({})
      const paid = await payOrder(order.id).catch((failure: unknown) => {
        void Taro.showToast({ title: asAppError(failure).message, icon: 'none' })
        return 'failed' as const
      })
      if (paid === 'paid') void Taro.showToast({ title: '接龙成功', icon: 'success' })
      await load()
    } catch (failure) {
      const refusal = asAppError(failure)
      if (refusal.code === 'IDEMPOTENCY_MISMATCH') key.current = newIdempotencyKey()
      void Taro.showModal({ title: '没能参加', content: refusal.message, showCancel: false })
      if (refusal.code === 'JIELONG_CLOSED' || refusal.code === 'OUT_OF_STOCK') void load()
    } finally {
      setSubmitting(false)
    }
  }

  return { jielong, entries, error, load, left, open, quantities, setQuantity, pickupPointId, setPickupPointId, address, chooseAddress, total, submitting, submit }
}
