// 分类管理: create, rename, reorder (up/down) and delete the store's categories, and tick which
// products each holds (a product may be in several). Nothing is stored until 保存: the whole
// ordered list is sent, and categories left out of it are deleted.
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { Product } from '@/domain/catalog'
import { MAX_CATEGORY_NAME, moveItem } from '@/domain/categories'
import { AppError } from '@/domain/errors'
import { ErrorState } from '@/components/state-views'
import { listOwnCategories, saveCategories } from '@/services/customers'
import { allProducts, ProductTicks } from '../../components/product-ticks'
import { useStoreId } from '../../components/use-owned-stores'
import '../../console.css'
import './index.css'

interface Draft {
  key: string
  id?: string
  name: string
  productIds: string[]
}

let nextKey = 0
const draftOf = (c: { id?: string; name: string; productIds: string[] }): Draft => ({ ...c, key: c.id ?? `new-${nextKey++}` })

export default function CategoriesPage() {
  const storeId = useStoreId()
  const [drafts, setDrafts] = useState<Draft[] | null>(null)
  const [products, setProducts] = useState<Product[]>([])
  const [open, setOpen] = useState<string | null>(null)
  const [newName, setNewName] = useState('')
  const [error, setError] = useState<AppError | null>(null)
  const [saving, setSaving] = useState(false)

  const load = () => {
    setError(null)
    Promise.all([listOwnCategories(storeId), allProducts(storeId)]).then(
      ([saved, all]) => {
        setDrafts(saved.map(draftOf))
        setProducts(all)
      },
      (failure) => setError(failure instanceof AppError ? failure : new AppError('INTERNAL')),
    )
  }
  useEffect(load, [storeId])

  if (error) return <ErrorState error={error} onRetry={load} />
  if (!drafts) return <View className='console' aria-busy='true' />

  const update = (key: string, change: Partial<Draft>) => setDrafts(drafts.map((d) => (d.key === key ? { ...d, ...change } : d)))
  const add = () => {
    const name = newName.trim()
    if (!name) return
    const draft = draftOf({ name, productIds: [] })
    setDrafts([...drafts, draft])
    setOpen(draft.key)
    setNewName('')
  }
  const save = async () => {
    setSaving(true)
    try {
      const saved = await saveCategories(storeId, drafts.map(({ id, name, productIds }) => ({ ...(id ? { id } : {}), name, productIds })))
      setDrafts(saved.map(draftOf))
      void Taro.showToast({ title: '已保存', icon: 'success' })
    } catch (failure) {
      void Taro.showToast({ title: failure instanceof AppError ? failure.message : '保存失败，请重试', icon: 'none' })
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className='console categories'>
      <Text className='console__hint categories__intro'>顾客在「分类」页按这里的顺序看到分类，只显示在售商品。</Text>
      {drafts.map((draft, index) => (
        <View key={draft.key} className='console__card categories__card'>
          <View className='console__row'>
            <Input
              className='field__input categories__name'
              value={draft.name}
              maxlength={MAX_CATEGORY_NAME}
              aria-label='分类名称'
              onInput={(e) => update(draft.key, { name: e.detail.value })}
            />
            <Text className='categories__action' onClick={() => setDrafts(moveItem(drafts, index, -1))}>上移</Text>
            <Text className='categories__action' onClick={() => setDrafts(moveItem(drafts, index, 1))}>下移</Text>
            <Text className='categories__action categories__action--danger' onClick={() => setDrafts(drafts.filter((d) => d.key !== draft.key))}>删除</Text>
          </View>
          <Text className='console__link categories__toggle' onClick={() => setOpen(open === draft.key ? null : draft.key)}>
            {`已选 ${draft.productIds.length} 件商品 · ${open === draft.key ? '收起' : '选择商品'}`}
          </Text>
          {open === draft.key ? (
            <ProductTicks products={products} selected={draft.productIds} onChange={(productIds) => update(draft.key, { productIds })} />
          ) : null}
        </View>
      ))}
      <View className='console__card console__row'>
        <Input className='field__input categories__name' value={newName} maxlength={MAX_CATEGORY_NAME} placeholder='新分类名称，如 茶具' onInput={(e) => setNewName(e.detail.value)} onConfirm={add} />
        <Text className='categories__action' onClick={add}>添加</Text>
      </View>
      <View className='console__bar'>
        <Button className='console__button' loading={saving} disabled={saving} onClick={save}>
          保存分类
        </Button>
      </View>
    </View>
  )
}
