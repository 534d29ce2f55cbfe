import { Image, Text, View } from '@tarojs/components'
import type { OwnedStore } from '@/domain/store-profile'
import { assetUrl } from '@/services/config'
import './store-card.css'

/** The store as shoppers will see its header: logo, name, intro, brand hashtags. */
export function StoreCard({ store }: { store: Pick<OwnedStore, 'name' | 'intro' | 'logo' | 'hashtags'> & Partial<OwnedStore> }) {
  return (
    <View className='store-card'>
      {store.logo ? (
        <Image className='store-card__logo' src={assetUrl(store.logo)} mode='aspectFill' />
      ) : (
        <View className='store-card__logo store-card__logo--empty'>
          <Text>{Array.from(store.name || '店')[0]}</Text>
        </View>
      )}
      <View className='store-card__text'>
        <Text className='store-card__name'>{store.name || '未命名店铺'}</Text>
        {store.intro ? <Text className='store-card__intro'>{store.intro}</Text> : null}
        {store.hashtags.length > 0 ? <Text className='store-card__tags'>{store.hashtags.map((t) => `#${t}`).join(' ')}</Text> : null}
        {store.category ? <Text className='store-card__meta'>{store.category}</Text> : null}
      </View>
    </View>
  )
}
