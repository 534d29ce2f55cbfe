// The console home's first card: what waits for the store (待发货, refund requests, unread
// messages), each tapping through to the list already filtered. One read, again whenever the
// page shows; a role sees only what it may act on (the cloud answers null for the rest).
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { pendingTiles, type PendingCounts } from '@/domain/pending-counts'
import { getPendingCounts } from '@/services/merchant'

export function PendingWork({ storeId }: { storeId: string }) {
  const [counts, setCounts] = useState<PendingCounts | null>(null)
  const refresh = useCallback(() => {
    getPendingCounts(storeId).then(setCounts, () => setCounts(null))
  }, [storeId])
  useEffect(refresh, [refresh])
  useDidShow(refresh)
  const tiles = counts ? pendingTiles(storeId, counts) : []
  if (tiles.length === 0) return null
  return (
    <View className='console__card merchant-home__pending' aria-label='待处理'>
      {tiles.map((tile) => (
        <View key={tile.kind} className='merchant-home__figure' data-pending={tile.kind} onClick={() => void Taro.navigateTo({ url: tile.url })}>
          <Text className={`merchant-home__figure-value${tile.count === 0 ? ' merchant-home__figure-value--none' : ''}`}>{tile.count}</Text>
          <Text className='console__muted'>{tile.label} ›</Text>
        </View>
      ))}
    </View>
  )
}
