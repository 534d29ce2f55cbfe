// Where opening a store ends: the new store's home card with its Mini Program code and a
// share button, and the next things to do. Also reached later from the console ("店铺码与分享").
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { EmptyState, ErrorState } from '@/components/state-views'
import { QrPanel } from '../../components/qr-panel'
import { ShareAction } from '../../components/share-action'
import { StoreCard } from '../../components/store-card'
import { useOwnedStores } from '../../components/use-owned-stores'
import '../../console.css'
import './index.css'
import { openStoreHome } from '@/services/navigation'

export default function StoreReadyPage() {
  const params = useRouter().params
  const { stores, error, reload } = useOwnedStores()
  const store = stores?.find((s) => s.id === params.storeId) ?? null
  const homePath = `/pages/home/index?storeId=${encodeURIComponent(params.storeId ?? '')}`

  useShareAppMessage(() => ({ title: store ? `${store.name}，欢迎光临` : '小店', path: homePath }))

  if (error) return <ErrorState error={error} onRetry={reload} />
  if (!stores) return <View className='console' aria-busy='true' />
  if (!store) return <EmptyState title='店铺不存在' hint='它可能属于另一个账号' home />

  return (
    <View className='console store-ready'>
      {params.opened ? <Text className='console__banner console__banner--info store-ready__welcome'>恭喜，店铺开张了！把小程序码分享出去，顾客扫码就能进店。</Text> : null}
      <View className='console__card'>
        <StoreCard store={store} />
      </View>
      <View className='console__card store-ready__qr'>
        <Text className='console__card-title'>店铺小程序码</Text>
        <QrPanel storeId={store.id} />
        <ShareAction className='console__button store-ready__share' path={homePath} />
      </View>
      <View className='console__card'>
        {/* The first product is the next step only for a store just opened; from the console
            (店铺码与分享) the store may long have products, managed under 商品管理. */}
        {params.opened ? (
          <>
            <Text className='console__card-title'>接下来</Text>
            <Button
              className='console__button store-ready__add-product'
              onClick={() => void Taro.navigateTo({ url: `/packages/merchant/pages/product-edit/index?storeId=${encodeURIComponent(store.id)}` })}
            >
              上架第一件商品
            </Button>
          </>
        ) : null}
        <Button className='console__button console__button--ghost store-ready__home' onClick={() => openStoreHome(params.storeId ?? '')}>
          查看店铺主页
        </Button>
        <Button
          className='console__button console__button--ghost store-ready__console'
          onClick={() => void Taro.redirectTo({ url: '/packages/merchant/pages/index/index' })}
        >
          进入店铺管理
        </Button>
      </View>
    </View>
  )
}
