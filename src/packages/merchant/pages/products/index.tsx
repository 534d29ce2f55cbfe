// The store's products by status (全部 / 在售 / 草稿 / 已下架) with their counts; edit one,
// put it on sale or take it off, or add a new one.
import { Button, Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { priceBounds, totalStock, type Product, type ProductStatus } from '@/domain/catalog'
import { formatFenRange } from '@/domain/money'
import { PRODUCT_STATUS_LABELS } from '@/domain/product-form'
import { EmptyState, ErrorState } from '@/components/state-views'
import { useListPage } from '@/hooks/use-list-page'
import { usePagedList } from '@/hooks/use-paged-list'
import { assetUrl } from '@/services/config'
import { listOwnProducts, setProductStatus } from '@/services/merchant'
import { StatusTabs } from '../../components/status-tabs'
import { useStoreId } from '../../components/use-owned-stores'
import { toastError } from '@/services/toast'
import '../../console.css'
import './index.css'

type Filter = 'all' | ProductStatus

function ProductRow(props: { product: Product; onEdit(): void; onStatus(status: ProductStatus): void }) {
  const { product } = props
  const bounds = priceBounds(product)
  return (
    <View className='console__card product-row'>
      <View className='product-row__main' onClick={props.onEdit}>
        <Image className='product-row__image' src={assetUrl(product.images[0] ?? '')} mode='aspectFill' />
        <View className='product-row__text'>
          <Text className='product-row__title'>{product.title}</Text>
          <Text className='product-row__price'>{bounds ? formatFenRange([bounds.low, bounds.high]) : ''}</Text>
          <Text className='console__muted'>
            库存 {totalStock(product)} · {product.skus.length} 个规格
          </Text>
        </View>
        <Text className={`product-row__status product-row__status--${product.status}`}>{PRODUCT_STATUS_LABELS[product.status]}</Text>
      </View>
      <View className='product-row__actions'>
        <Text className='console__link product-row__edit' onClick={props.onEdit}>
          编辑
        </Text>
        {product.status === 'on_sale' ? (
          <Text className='console__link product-row__off' onClick={() => props.onStatus('off_shelf')}>
            下架
          </Text>
        ) : (
          <Text className='console__link product-row__on' onClick={() => props.onStatus('on_sale')}>
            上架
          </Text>
        )}
      </View>
    </View>
  )
}

export default function ProductsPage() {
  const storeId = useStoreId()
  const [filter, setFilter] = useState<Filter>('all')
  const [counts, setCounts] = useState<Record<ProductStatus, number> | null>(null)
  const list = usePagedList(
    async (cursor) => {
      const page = await listOwnProducts({ storeId, status: filter === 'all' ? undefined : filter, cursor })
      setCounts(page.counts)
      return page
    },
    [storeId, filter],
  )

  // Coming back from the editor shows what was saved.
  useListPage(list, { refreshOnReturn: true })

  const edit = (productId?: string) =>
    void Taro.navigateTo({
      url: `/packages/merchant/pages/product-edit/index?storeId=${encodeURIComponent(storeId)}${productId ? `&productId=${encodeURIComponent(productId)}` : ''}`,
    })

  const changeStatus = async (product: Product, status: ProductStatus) => {
    try {
      await setProductStatus(storeId, product.id, status)
      void Taro.showToast({ title: status === 'on_sale' ? '已上架' : '已下架', icon: 'success' })
      await list.refresh()
    } catch (error) {
      toastError(error, '操作失败')
    }
  }

  const total = counts ? counts.draft + counts.on_sale + counts.off_shelf : undefined
  return (
    <View className='console products'>
      <StatusTabs<Filter>
        tabs={[
          { key: 'all', label: '全部', count: total },
          { key: 'on_sale', label: '在售', count: counts?.on_sale },
          { key: 'draft', label: '草稿', count: counts?.draft },
          { key: 'off_shelf', label: '已下架', count: counts?.off_shelf },
        ]}
        active={filter}
        onChange={setFilter}
      />
      {list.status === 'error' && list.items.length === 0 && list.error ? <ErrorState error={list.error} onRetry={list.retry} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title={filter === 'all' ? '还没有商品' : `没有${PRODUCT_STATUS_LABELS[filter]}的商品`} hint='点下方按钮添加第一件商品' />
      ) : null}
      {list.items.map((product) => (
        <ProductRow key={product.id} product={product} onEdit={() => edit(product.id)} onStatus={(status) => void changeStatus(product, status)} />
      ))}
      {list.status === 'loading_more' ? <Text className='console__hint products__more'>加载中…</Text> : null}
      <View className='console__bar'>
        <Button className='console__button products__new' onClick={() => edit()}>
          + 新建商品
        </Button>
      </View>
    </View>
  )
}
