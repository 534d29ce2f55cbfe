// The console pages that list a store's things and edit one in a card above the list (优惠券,
// 直播): the list and its load error, and the form being edited with its field errors. Saving
// checks the form on the page first, then sends it once, however often 保存 is tapped.
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { AppError } from '@/domain/errors'
import { useBusy } from '@/hooks/use-busy'
import { useLoadOn } from '@/hooks/use-load-on'
import { toastError } from '@/services/toast'
import { useStoreId } from './use-owned-stores'

type Checked<Input, Errors> = { ok: true; input: Input } | { ok: false; errors: Errors }

/** What the form card of such a page takes. */
export interface FormCardProps<Form> {
  storeId: string
  form: Form
  errors: Partial<Record<keyof Form, string>>
  editing: boolean
  busy: boolean
  onChange(patch: Partial<Form>): void
  onSave(): void
  onCancel(): void
}

export function useListEditor<Item extends { id: string }, Form extends object>(list: (storeId: string) => Promise<Item[]>) {
  type Errors = Partial<Record<keyof Form, string>>
  const storeId = useStoreId()
  const [items, setItems] = useState<Item[] | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [form, setForm] = useState<Form | null>(null)
  const [editing, setEditing] = useState<string | null>(null)
  const [errors, setErrors] = useState<Errors>({})
  const [busy, runBusy] = useBusy()

  const load = () => {
    setError(null)
    list(storeId).then(setItems, (failure) => setError(failure instanceof AppError ? failure : new AppError('INTERNAL')))
  }
  useLoadOn(storeId, load)

  /** Opens the form: a new one, or the item `id` as a form. */
  const open = (next: Form, id: string | null = null) => {
    setEditing(id)
    setErrors({})
    setForm(next)
  }
  const close = () => {
    setForm(null)
    setEditing(null)
    setErrors({})
  }
  // A field's error goes once the merchant changes it (e.g. ticks a product), not at the next 保存.
  const change = (patch: Partial<Form>) => {
    setForm((current) => (current ? { ...current, ...patch } : current))
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !(key in patch))) as Errors)
  }
  const save = <Input>(check: (form: Form) => Checked<Input, Errors>, send: (input: Input, editing: string | null) => Promise<unknown>, saved: string) =>
    runBusy(async () => {
      if (!form) return
      const checked = check(form)
      if (!checked.ok) return setErrors(checked.errors)
      setErrors({})
      try {
        await send(checked.input, editing)
        void Taro.showToast({ title: saved, icon: 'success' })
        close()
        load()
      } catch (failure) {
        toastError(failure, '保存失败，请稍后重试')
      }
    })
  /** Puts an item the cloud answered with back in its place in the list. */
  const replace = (updated: Item) => setItems((current) => (current ?? []).map((item) => (item.id === updated.id ? updated : item)))

  /** The props a form card takes from the editor; the page adds the form and its 保存. */
  const card = { storeId, errors, editing: editing !== null, busy, onChange: change, onCancel: close }

  return { storeId, items, error, load, form, editing, open, save, replace, card }
}
