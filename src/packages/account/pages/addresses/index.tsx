// 收货地址: the shopper's address book. With `?select=1` (from checkout) tapping an address
// picks it: ADDRESS_SELECTED_EVENT carries it back.
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import { ADDRESS_LIMITS, type Address } from '@/domain/address'
import { AppError } from '@/domain/errors'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import { EmptyState, ErrorState } from '@/components/state-views'
import { ADDRESS_SELECTED_EVENT, listAddresses, removeAddress, setDefaultAddress } from '@/services/address'
import { AddressCard } from '../../components/address-card'
import { ImportAddress } from '../../components/import-address'
import { toastError } from '@/services/toast'
import './index.css'

const EDIT_PAGE = '/packages/account/pages/address-edit/index'

const toast = (error: unknown): void => toastError(error, '操作失败，请重试')

function AddressesPage() {
  const selecting = useRouter().params.select === '1'
  const [items, setItems] = useState<Address[] | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const generation = useRef(0)

  const load = useCallback(async () => {
    const mine = ++generation.current
    try {
      const list = await listAddresses()
      if (mine !== generation.current) return
      setItems(list)
      setError(null)
    } catch (failure) {
      if (mine === generation.current) setError(failure instanceof AppError ? failure : new AppError('INTERNAL'))
    }
  }, [])
  // Also after coming back from the edit form.
  useDidShow(() => void load())

  async function remove(address: Address) {
    const { confirm } = await Taro.showModal({ title: '删除地址', content: `确定删除 ${address.userName} 的这个地址吗？`, confirmColor: '#e4393c' })
    if (!confirm) return
    try {
      await removeAddress(address.id)
      await load()
    } catch (failure) {
      toast(failure)
    }
  }

  async function makeDefault(address: Address) {
    try {
      await setDefaultAddress(address.id)
      await load()
    } catch (failure) {
      toast(failure)
    }
  }

  function pick(address: Address) {
    Taro.eventCenter.trigger(ADDRESS_SELECTED_EVENT, address)
    void Taro.navigateBack()
  }

  const full = (items?.length ?? 0) >= ADDRESS_LIMITS.perUser
  return (
    <View className='addresses'>
      {error && !items ? <ErrorState error={error} onRetry={() => void load()} /> : null}
      {!error && !items ? <Text className='addresses__loading'>加载中…</Text> : null}
      {items && items.length === 0 ? <EmptyState title='还没有收货地址' hint='添加一个地址，下单时会自动填好' /> : null}
      {items?.map((address) => (
        <AddressCard
          key={address.id}
          address={address}
          onPick={selecting ? () => pick(address) : undefined}
          onEdit={() => Taro.navigateTo({ url: `${EDIT_PAGE}?id=${address.id}` })}
          onRemove={() => void remove(address)}
          onMakeDefault={() => void makeDefault(address)}
        />
      ))}
      <View className='addresses__bar'>
        <ImportAddress onImported={() => void load()} />
        <View
          className={`addresses__button addresses__add${full ? ' addresses__button--disabled' : ''}`}
          onClick={() => (full ? toast(new AppError('VALIDATION_FAILED', `最多保存 ${ADDRESS_LIMITS.perUser} 个收货地址`)) : Taro.navigateTo({ url: EDIT_PAGE }))}
        >
          新增收货地址
        </View>
      </View>
    </View>
  )
}

export default withPrivacySheet(AddressesPage)
