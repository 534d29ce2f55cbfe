// Two identities on one device: what one kept (cart, last address, checkout draft, searches,
// chosen store) is never shown to the other, and logging out deletes it.
import { useCart } from './cart'
import { useCheckout } from './checkout'
import { useMerchant } from './merchant'
import { forgetPersonalData, personalKey } from './personal-storage'
import { useRecentSearches } from './recent-searches'
import { useSession } from './session'
import { taroStorage } from './taro-storage'

jest.mock('./taro-storage', () => {
  const items = new Map<string, string>()
  return {
    taroStorage: {
      getItem: (name: string) => items.get(name) ?? null,
      setItem: (name: string, value: string) => void items.set(name, value),
      removeItem: (name: string) => void items.delete(name),
      items,
    },
  }
})

const items = (taroStorage as unknown as { items: Map<string, string> }).items
const address = { userName: '买家乙', telNumber: '13800000002', provinceName: '浙江省', cityName: '杭州市', countyName: '西湖区', detailInfo: '文三路 2 号' }
const line = { skuId: 'k1', productId: 'p1', storeId: 's1', title: '马克杯', image: '/x.svg', specs: {}, price: 6800, quantity: 1 }

function actAs(openid: string) {
  expect(useSession.getState().setDevOpenid(openid)).toBe(true)
}

function fillAsB() {
  actAs('shopper-b')
  useCart.getState().add(line)
  useCheckout.getState().rememberAddress(address)
  useCheckout.getState().start({ source: 'buy_now', storeId: 's1', storeName: '', lines: [line] })
  useRecentSearches.getState().remember('马克杯')
  useMerchant.getState().chooseStore('s1')
}

function expectEmpty() {
  expect(useCart.getState().lines).toEqual([])
  expect(useCheckout.getState().lastAddress).toBeNull()
  expect(useCheckout.getState().draft).toBeNull()
  expect(useRecentSearches.getState().queries).toEqual([])
  expect(useMerchant.getState().currentStoreId).toBeNull()
}

beforeEach(() => {
  actAs('shopper-b')
  forgetPersonalData()
  actAs('shopper-a')
  forgetPersonalData()
  items.clear()
})

describe('personal data on a shared device', () => {
  it('shows another identity none of what the last one kept, and gives it back on switching back', () => {
    fillAsB()
    actAs('shopper-a')
    expectEmpty()
    useCart.getState().add({ ...line, skuId: 'k2' })
    actAs('shopper-b')
    expect(useCart.getState().lines.map((l) => l.skuId)).toEqual(['k1'])
    expect(useCheckout.getState().lastAddress).toEqual(address)
    expect(useRecentSearches.getState().queries).toEqual(['马克杯'])
    expect(useMerchant.getState().currentStoreId).toBe('s1')
    actAs('shopper-a')
    expect(useCart.getState().lines.map((l) => l.skuId)).toEqual(['k2'])
  })

  it('keeps every item under the identity that wrote it', () => {
    fillAsB()
    expect(items.get(personalKey('xiaodian.checkout', 'shopper-b'))).toContain('13800000002')
    expect([...items.keys()].filter((key) => items.get(key)!.includes('13800000002'))).toEqual([personalKey('xiaodian.checkout', 'shopper-b')])
  })

  it('logging out deletes what the identity kept and starts the next one empty', () => {
    fillAsB()
    forgetPersonalData()
    useSession.getState().clearSession({ newDevice: true })
    expectEmpty()
    expect([...items.values()].some((value) => value.includes('13800000002') || value.includes('马克杯'))).toBe(false)
  })

  it('drops items an older version kept without an identity', () => {
    items.set('xiaodian.cart', JSON.stringify({ state: { lines: [line] }, version: 2 }))
    jest.isolateModules(() => {
      const { useCart: fresh } = require('./cart') as typeof import('./cart')
      expect(fresh.getState().lines).toEqual([])
    })
    expect(items.has('xiaodian.cart')).toBe(false)
  })
})
