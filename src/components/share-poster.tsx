// The share poster of a product: picture, title, price and the shopper's own Mini Program code
// (which credits them as the sharer), drawn to an image the shopper can save.
import { Button, Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { priceBounds, type Product } from '@/domain/catalog'
import { messageOf } from '@/domain/errors'
import { formatFenRange } from '@/domain/money'
import { createPosterCode } from '@/services/entry'
import { drawPoster, savePoster } from '@/services/poster-drawing'
import { PosterCanvas } from './poster-canvas'
import './share-poster.css'

type PosterState = { status: 'drawing' } | { status: 'ready'; src: string } | { status: 'failed'; message: string }

function SharePoster({ product, storeName, onClose }: { product: Product; storeName?: string; onClose(): void }) {
  const [state, setState] = useState<PosterState>({ status: 'drawing' })
  // What the poster shows: it is drawn again when one of these changes, not for a new object.
  const { id, title } = product
  const bounds = priceBounds(product)
  const price = bounds ? formatFenRange([bounds.low, bounds.high]) : ''
  const image = product.images[0] ?? ''

  useEffect(() => {
    let alive = true
    createPosterCode(id)
      .then((code) => drawPoster({ title, price, storeName, image, code: code.image }))
      .then(
        (src) => alive && setState({ status: 'ready', src }),
        (error) => {
          if (!alive) return
          const message = messageOf(error, '海报生成失败，请稍后重试')
          setState({ status: 'failed', message })
        },
      )
    return () => {
      alive = false
    }
  }, [id, title, price, storeName, image])

  const save = async () => {
    if (state.status !== 'ready') return
    const how = await savePoster(state.src).catch(() => null)
    if (how === 'saved') void Taro.showToast({ title: '海报已保存', icon: 'success' })
    else if (how === null) void Taro.showToast({ title: '保存失败，请长按图片保存', icon: 'none' })
  }

  return (
    <View className='share-poster' catchMove onClick={onClose}>
      <View className='share-poster__card' onClick={(e) => e.stopPropagation()}>
        {state.status === 'ready' ? (
          <Image className='share-poster__image' src={state.src} mode='aspectFit' showMenuByLongpress />
        ) : (
          <View className='share-poster__placeholder'>
            <Text>{state.status === 'drawing' ? '海报生成中…' : state.message}</Text>
          </View>
        )}
        {state.status === 'ready' ? <Text className='share-poster__hint'>长按图片可保存或发送给朋友</Text> : null}
        <View className='share-poster__actions'>
          {state.status === 'ready' ? (
            <Button className='share-poster__save' size='mini' onClick={save}>
              保存图片
            </Button>
          ) : null}
          <Button className='share-poster__close' size='mini' onClick={onClose}>
            关闭
          </Button>
        </View>
      </View>
      <PosterCanvas />
    </View>
  )
}

/** The "分享海报" button and its poster. */
export function SharePosterButton({ product, storeName }: { product: Product; storeName?: string }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Text className='share-poster-button' onClick={() => setOpen(true)}>
        分享海报
      </Text>
      {open ? <SharePoster product={product} storeName={storeName} onClose={() => setOpen(false)} /> : null}
    </>
  )
}
