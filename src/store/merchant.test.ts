import { pickStore, useMerchant } from './merchant'
import { personalKey } from './personal-storage'
import { useSession } from './session'
import { taroStorage } from './taro-storage'

jest.mock('./taro-storage', () => {
  const data = new Map<string, string>()
  return {
    taroStorage: {
      getItem: (name: string) => data.get(name) ?? null,
      setItem: (name: string, value: string) => void data.set(name, value),
      removeItem: (name: string) => void data.delete(name),
    },
  }
})

describe('pickStore', () => {
  const stores = [{ id: 'a' }, { id: 'b' }]
  it('keeps the chosen store while it is still the caller’s', () => {
    expect(pickStore(stores, 'b')).toEqual({ id: 'b' })
  })
  it('falls back to the first store when the choice is gone (e.g. another identity)', () => {
    expect(pickStore(stores, 'zzz')).toEqual({ id: 'a' })
    expect(pickStore(stores, null)).toEqual({ id: 'a' })
  })
  it('is null for someone without a store', () => {
    expect(pickStore([], 'a')).toBeNull()
  })
})

describe('useMerchant', () => {
  it('remembers the chosen store on the device', () => {
    useMerchant.getState().chooseStore('s2')
    expect(useMerchant.getState().currentStoreId).toBe('s2')
    expect(JSON.parse(taroStorage.getItem(personalKey('xiaodian.merchant', useSession.getState().devOpenid)) as string)).toEqual({ state: { currentStoreId: 's2' }, version: 1 })
  })
})
