// Everything about the store, editable any time: name, logo, intro, category, brand
// hashtags, pickup address.
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { AppError } from '@/domain/errors'
import { clearFieldErrors, fieldErrorsOf, hasFieldErrors, type FieldErrors } from '@/domain/field-errors'
import { storeToForm, validateStoreForm, type StoreForm } from '@/domain/store-profile'
import { EmptyState, ErrorState } from '@/components/state-views'
import { updateStore } from '@/services/merchant'
import { StoreFields } from '../../components/store-fields'
import { useOwnedStores, useStoreId } from '../../components/use-owned-stores'
import { useBusy } from '@/hooks/use-busy'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import '../../console.css'

const ALL_FIELDS = ['name', 'logo', 'intro', 'category', 'hashtags', 'pickupAddress'] as const

function StoreSettingsPage() {
  const storeId = useStoreId()
  const { stores, error, reload } = useOwnedStores()
  const store = stores?.find((s) => s.id === storeId) ?? null
  const [form, setForm] = useState<StoreForm | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, runBusy] = useBusy()

  useEffect(() => {
    if (store && !form) setForm(storeToForm(store))
  }, [store, form])

  if (error) return <ErrorState error={error} onRetry={reload} />
  if (!stores) return <View className='console' aria-busy='true' />
  if (!store) return <EmptyState title='店铺不存在' hint='它可能属于另一个账号' home />
  if (!form) return <View className='console' aria-busy='true' />

  const save = () =>
    runBusy(async () => {
      const checked = validateStoreForm(form)
      if (!checked.ok) return setErrors(checked.errors)
      setErrors({})
      setProblem(null)
      try {
        await updateStore(store.id, checked.input)
        void Taro.showToast({ title: '已保存', icon: 'success' })
      } catch (failure) {
        const found = fieldErrorsOf(failure)
        if (hasFieldErrors(found)) setErrors(found)
        else setProblem(failure instanceof AppError ? failure.message : '保存失败，请稍后重试')
      }
    })

  return (
    <View className='console store-settings'>
      {problem ? <Text className='console__banner'>{problem}</Text> : null}
      <View className='console__card'>
        <StoreFields form={form} errors={errors} fields={ALL_FIELDS} onChange={(next, edited) => {
            setForm(next)
            setErrors(clearFieldErrors(errors, [edited]))
          }} />
      </View>
      <View className='console__bar'>
        <Button className='console__button store-settings__save' onClick={() => void save()}>
          {busy ? '保存中…' : '保存'}
        </Button>
      </View>
    </View>
  )
}

export default withPrivacySheet(StoreSettingsPage)
