// Create or edit a product: photos, name, description, specs that generate the SKU table
// (price in yuan, stock per SKU), up to five hashtags (editable any time), status. Every
// problem, found here or by the cloud, shows beside its field in Chinese.
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { PRODUCT_STATUSES } from '@/domain/catalog'
import { AppError, messageOf } from '@/domain/errors'
import { clearFieldErrors, fieldErrorsOf, hasFieldErrors, type FieldErrors } from '@/domain/field-errors'
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_IMAGES,
  MAX_TITLE_LENGTH,
  PRODUCT_STATUS_LABELS,
  emptyProductForm,
  productFieldOf,
  productToForm,
  validateProductForm,
  withDimensions,
  type ProductForm,
} from '@/domain/product-form'
import { ImagePicker } from '@/components/image-picker'
import { ErrorState } from '@/components/state-views'
import { getOwnProduct, saveProduct } from '@/services/merchant'
import { FormField } from '../../components/form-field'
import { HashtagEditor } from '../../components/hashtag-editor'
import { SkuTable } from '../../components/sku-table'
import { SpecEditor } from '../../components/spec-editor'
import { useStoreId } from '../../components/use-owned-stores'
import { useBusy } from '@/hooks/use-busy'
import { goBackOr } from '@/services/navigation'
import { setPageTitle } from '@/services/page-title'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import '../../console.css'

function ProductEditPage() {
  const storeId = useStoreId()
  const productId = useRouter().params.productId
  const [form, setForm] = useState<ProductForm | null>(productId ? null : emptyProductForm())
  const [loadError, setLoadError] = useState<AppError | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [problem, setProblem] = useState<string | null>(null)
  /** Images WeChat's content check ruled risky: shoppers no longer see them. */
  const [flagged, setFlagged] = useState<string[]>([])
  const [busy, runBusy] = useBusy()

  const load = () => {
    if (!productId) return
    setLoadError(null)
    getOwnProduct(productId).then(
      (product) => {
        setForm(productToForm(product))
        setFlagged(product.flaggedImages ?? [])
      },
      (error) => setLoadError(error instanceof AppError ? error : new AppError('INTERNAL')),
    )
  }
  useEffect(load, [productId])
  useEffect(() => {
    setPageTitle(productId ? '编辑商品' : '新建商品')
  }, [productId])

  if (loadError) return <ErrorState error={loadError} onRetry={load} />
  if (!form) return <View className='console' aria-busy='true' />

  // Editing a field takes its error away; the next save checks again.
  const update = (changes: Partial<ProductForm>) => {
    setForm({ ...form, ...changes })
    setErrors(clearFieldErrors(errors, Object.keys(changes)))
  }

  // Someone else saved this product since the form was loaded: saving over it would undo their
  // change, so the merchant reloads (their typing is lost, the other save is kept).
  const offerReload = async (message: string) => {
    setProblem(message)
    const { confirm } = await Taro.showModal({ title: '无法保存', content: message, confirmText: '刷新', cancelText: '取消' })
    if (!confirm) return
    setProblem(null)
    setErrors({})
    setForm(null)
    load()
  }

  const save = () =>
    runBusy(async () => {
      const checked = validateProductForm(form, storeId)
      setProblem(null)
      if (!checked.ok) {
        setErrors(checked.errors)
        void Taro.showToast({ title: '请检查标红的内容', icon: 'none' })
        return
      }
      setErrors({})
      try {
        const saved = await saveProduct(checked.input)
        setForm(productToForm(saved))
        void Taro.showToast({ title: '已保存', icon: 'success' })
        setTimeout(() => goBackOr(`/packages/merchant/pages/products/index?storeId=${encodeURIComponent(storeId)}`), 600)
      } catch (error) {
        if (error instanceof AppError && error.code === 'CONFLICT') {
          // Not awaited: the save is over, the question stays open without a busy button.
          void offerReload(error.message)
          return
        }
        const found = fieldErrorsOf(error, productFieldOf)
        if (hasFieldErrors(found)) setErrors(found)
        else setProblem(messageOf(error, '保存失败，请稍后重试'))
      }
    })

  return (
    <View className='console product-edit'>
      {problem ? <Text className='console__banner product-edit__problem'>{problem}</Text> : null}
      {form.images.some((image) => flagged.includes(image)) ? (
        <Text className='console__banner product-edit__flagged'>
          有 {form.images.filter((image) => flagged.includes(image)).length} 张图片未通过微信内容安全检查，买家看不到，请删除或更换
        </Text>
      ) : null}
      <View className='console__card'>
        <FormField label={`商品图片（${form.images.length}/${MAX_IMAGES}）`} error={errors.images} hint='第一张是封面'>
          <ImagePicker value={form.images} max={MAX_IMAGES} onChange={(images) => update({ images })} />
        </FormField>
        <FormField label='商品名称' error={errors.title} hint={`${Array.from(form.title).length}/${MAX_TITLE_LENGTH}`}>
          <Input className='field__input product-edit__title' value={form.title} placeholder='如：手工陶瓷马克杯' onInput={(e) => update({ title: e.detail.value })} />
        </FormField>
        <FormField label='商品描述' error={errors.description} optional>
          <Textarea
            className='field__textarea product-edit__description'
            value={form.description}
            placeholder='材质、尺寸、使用方法…'
            maxlength={MAX_DESCRIPTION_LENGTH + 50}
            onInput={(e) => update({ description: e.detail.value })}
          />
        </FormField>
      </View>
      <View className='console__card'>
        <Text className='console__card-title'>规格</Text>
        <Text className='console__hint product-edit__spec-hint'>没有规格可以不填；添加规格后会为每个组合生成一行价格和库存</Text>
        <SpecEditor dims={form.dims} errors={errors} onChange={(dims) => {
            setForm(withDimensions(form, dims))
            setErrors(clearFieldErrors(errors, ['specs', 'skus']))
          }} />
      </View>
      <View className='console__card'>
        <Text className='console__card-title'>价格与库存</Text>
        <SkuTable skus={form.skus} errors={errors} onChange={(skus) => update({ skus })} />
      </View>
      <View className='console__card'>
        <HashtagEditor label='商品话题' tags={form.hashtags} error={errors.hashtags} hint='顾客点话题可以找到同类商品，发布后也能修改' onChange={(hashtags) => update({ hashtags })} />
        <FormField label='状态' error={errors.status}>
          <View className='choice-chips product-edit__status'>
            {PRODUCT_STATUSES.map((status) => (
              <Text key={status} className={`choice-chip${form.status === status ? ' choice-chip--on' : ''}`} onClick={() => update({ status })}>
                {PRODUCT_STATUS_LABELS[status]}
              </Text>
            ))}
          </View>
        </FormField>
      </View>
      <View className='console__bar'>
        <Button className='console__button product-edit__save' onClick={() => void save()}>
          {busy ? '保存中…' : '保存'}
        </Button>
      </View>
    </View>
  )
}

export default withPrivacySheet(ProductEditPage)
