// The address form's state: the draft (kept whatever goes wrong), per-field errors from the
// shared validator or from the cloud, and saving behind the privacy consent.
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { validateAddress, type AddressErrors, type AddressField, type AddressFields } from '@/domain/address'
import { AppError } from '@/domain/errors'
import type { FieldIssue } from '@/domain/validation'
import { listAddresses, removeAddress, saveAddress } from '@/services/address'
import { ensurePrivacyConsent } from '@/store/privacy'
import { toastError } from '@/services/toast'
import { regionErrors } from '../../components/region-field'

export type Draft = Record<AddressField, string>

const EMPTY: Draft = { userName: '', telNumber: '', provinceName: '', cityName: '', countyName: '', detailInfo: '', postalCode: '' }

function errorsFromCloud(error: AppError): AddressErrors {
  const issues = (error.details?.issues ?? []) as FieldIssue[]
  const errors: AddressErrors = {}
  for (const issue of issues) if (issue.path in EMPTY) errors[issue.path as AddressField] = issue.message
  return errors
}

export function useAddressForm(id: string | undefined) {
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [isDefault, setIsDefault] = useState(false)
  const [errors, setErrors] = useState<AddressErrors>({})
  const [loading, setLoading] = useState(Boolean(id))
  const [saving, setSaving] = useState(false)
  const [loadError, setLoadError] = useState<AppError | null>(null)

  useEffect(() => {
    if (!id) return
    listAddresses()
      .then((items) => {
        const found = items.find((a) => a.id === id)
        if (!found) throw new AppError('NOT_FOUND', '地址不存在或已删除')
        const { userName, telNumber, provinceName, cityName, countyName, detailInfo, postalCode } = found
        setDraft({ userName, telNumber, provinceName, cityName, countyName, detailInfo, postalCode: postalCode ?? '' })
        setIsDefault(found.isDefault)
      })
      .catch((error) => setLoadError(error instanceof AppError ? error : new AppError('INTERNAL')))
      .finally(() => setLoading(false))
  }, [id])

  function change(patch: Partial<Draft>) {
    setDraft((current) => ({ ...current, ...patch }))
    // A field's error goes away as soon as it is edited.
    setErrors((current) => {
      const next = { ...current }
      for (const key of Object.keys(patch)) delete next[key as AddressField]
      return next
    })
  }

  async function save(): Promise<boolean> {
    if (saving) return false
    const check = validateAddress(draft)
    const region = regionErrors(draft)
    if (!check.ok || Object.keys(region).length > 0) {
      setErrors({ ...region, ...(check.ok ? {} : check.errors) })
      return false
    }
    // The address is personal data: it is stored only with the shopper's consent.
    if (!(await ensurePrivacyConsent())) {
      void Taro.showToast({ title: '同意隐私保护指引后才能保存地址', icon: 'none' })
      return false
    }
    setSaving(true)
    try {
      const fields: AddressFields = check.value
      // A new address left unswitched says nothing, so the first one still becomes the default.
      await saveAddress({ ...fields, id, isDefault: id ? isDefault : isDefault || undefined })
      return true
    } catch (error) {
      const appError = error instanceof AppError ? error : new AppError('INTERNAL')
      setErrors(errorsFromCloud(appError))
      void Taro.showToast({ title: appError.message, icon: 'none' })
      return false
    } finally {
      setSaving(false)
    }
  }

  async function remove(): Promise<boolean> {
    if (!id) return false
    const { confirm } = await Taro.showModal({ title: '删除地址', content: '确定删除这个地址吗？', confirmColor: '#e4393c' })
    if (!confirm) return false
    try {
      await removeAddress(id)
      return true
    } catch (error) {
      toastError(error, '删除失败，请重试')
      return false
    }
  }

  return { draft, isDefault, setIsDefault, errors, loading, saving, loadError, change, save, remove }
}
