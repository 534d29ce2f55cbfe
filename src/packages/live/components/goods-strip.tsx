// A room's pinned goods. Each opens the product with the live attribution in its query
// (src=live&room=ID), which the checkout carries onto the order.
import { Button, Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { liveProductPath, type LiveGood } from '@/domain/live'
import { Price } from '@/components/price'
import './goods-strip.css'

export function openLiveGood(goodId: string, roomId: string): void {
  void Taro.navigateTo({ url: liveProductPath(goodId, roomId) })
}

const STRIP_SIZE = 3

/** Small thumbnails for a room card: the first three goods and how many more there are. */
export function GoodsStrip({ goods, roomId }: { goods: LiveGood[]; roomId: string }) {
  if (goods.length === 0) return null
  return (
    <View className='goods-strip'>
      {goods.slice(0, STRIP_SIZE).map((good) => (
        <View
          key={good.id}
          className='goods-strip__item'
          onClick={(event) => {
            event.stopPropagation()
            openLiveGood(good.id, roomId)
          }}
        >
          <Image className='goods-strip__image' src={good.image} mode='aspectFill' lazyLoad />
          <Price className='goods-strip__price' fen={good.price} />
        </View>
      ))}
      {goods.length > STRIP_SIZE ? <Text className='goods-strip__more'>+{goods.length - STRIP_SIZE}</Text> : null}
    </View>
  )
}

/** The room page's list of goods, each with 去下单. */
export function GoodsList({ goods, roomId }: { goods: LiveGood[]; roomId: string }) {
  return (
    <View className='goods-list'>
      <Text className='goods-list__title'>直播商品 · {goods.length}</Text>
      {goods.length === 0 ? <Text className='goods-list__empty'>这场直播还没有挂商品</Text> : null}
      {goods.map((good, index) => (
        <View key={good.id} className='goods-list__item' onClick={() => openLiveGood(good.id, roomId)}>
          <Image className='goods-list__image' src={good.image} mode='aspectFill' lazyLoad />
          <View className='goods-list__body'>
            <Text className='goods-list__name'>
              {index + 1}. {good.title}
            </Text>
            <View className='goods-list__footer'>
              <Price className='goods-list__price' fen={good.price} />
              {/* 去下单 opens the product with the room's attribution, which its checkout keeps on the order. */}
              <Button
                className={`goods-list__buy ${good.soldOut ? 'goods-list__buy--sold-out' : ''}`}
                size='mini'
                disabled={good.soldOut}
                onClick={(event) => {
                  event.stopPropagation()
                  openLiveGood(good.id, roomId)
                }}
              >
                {good.soldOut ? '已售罄' : '去下单'}
              </Button>
            </View>
          </View>
        </View>
      ))}
    </View>
  )
}
