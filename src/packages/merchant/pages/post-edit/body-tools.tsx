// What writing a post's body needs beside the text box: 插入图片 (picked from the album and
// uploaded like the post's photos; the save sends them to the media check), 插入商品 (picked from
// the store's products) and 预览, the body drawn by the very component shoppers read it with.
import { Button, Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import type { Product } from '@/domain/catalog'
import { imageMarkup, productMarkup } from '@/domain/post-markup'
import { assetUrl } from '@/services/config'
import { choosePhotos } from '@/services/privacy-apis'
import { toastError } from '@/services/toast'
import { uploadImage } from '@/services/upload'
import { ArticleBody } from '../../../post/components/post-media'
import { ProductTicks } from '../../components/product-ticks'

/** The toolbar under the body: each button hands one block line to `onInsert`. */
export function BodyTools(props: { products: Product[] | null; onInsert(line: string): void }) {
  const [uploading, setUploading] = useState(false)
  const [picking, setPicking] = useState(false)

  const insertPicture = async () => {
    if (uploading) return
    const [picked] = await choosePhotos(1, ['album'])
    if (!picked) return
    setUploading(true)
    try {
      props.onInsert(imageMarkup(await uploadImage(picked)))
    } catch (error) {
      toastError(error, '图片上传失败')
    } finally {
      setUploading(false)
    }
  }

  return (
    <View className='body-tools'>
      <View className='body-tools__bar'>
        <Button className='body-tools__button body-tools__picture' size='mini' disabled={uploading} onClick={() => void insertPicture()}>
          {uploading ? '上传中…' : '插入图片'}
        </Button>
        <Button className='body-tools__button body-tools__product' size='mini' onClick={() => setPicking(!picking)}>
          {picking ? '收起商品' : '插入商品'}
        </Button>
      </View>
      {picking ? (
        <View className='body-tools__picker'>
          <Text className='console__hint'>点一件商品，在光标处插入它的卡片</Text>
          {props.products ? (
            <ProductTicks
              products={props.products}
              selected={[]}
              onChange={([productId]) => {
                if (!productId) return
                props.onInsert(productMarkup(productId))
                setPicking(false)
              }}
            />
          ) : (
            <Text className='console__hint'>加载商品…</Text>
          )}
        </View>
      ) : null}
    </View>
  )
}

/** The body as shoppers will see it. Product cards show for the store's products; taps do nothing here. */
export function BodyPreview(props: { body: string; products: Product[] | null }) {
  const byId = useMemo(
    () => new Map((props.products ?? []).map((product) => [product.id, { ...product, images: product.images.map(assetUrl) }] as const)),
    [props.products],
  )
  return (
    <View className='body-preview'>
      <Text className='body-preview__label'>预览</Text>
      {props.body.trim() ? <ArticleBody body={props.body} products={byId} /> : <Text className='console__hint'>写下正文后，这里显示顾客看到的样子</Text>}
    </View>
  )
}
