// What a post shows by kind: an article's blocks (headings, paragraphs, images, product cards),
// a picture set's grid, a video's player. Images open WeChat's previewer; nothing is HTML.
import { Image, Text, Video, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Product } from '@/domain/catalog'
import { parsePostBody, type Post } from '@/domain/post'
import { assetUrl } from '@/services/config'
import { PostGood } from './post-goods'
import './post-media.css'

function preview(urls: string[], current: string): void {
  void Taro.previewImage({ urls, current })
}

export function ImageGrid({ images }: { images: string[] }) {
  const urls = images.map(assetUrl)
  const single = urls.length === 1
  return (
    <View className={`post-grid${single ? ' post-grid--single' : ''}${urls.length === 4 ? ' post-grid--four' : ''}`}>
      {urls.map((url, index) => (
        <Image key={`${index}-${url}`} className='post-grid__image' src={url} mode={single ? 'widthFix' : 'aspectFill'} onClick={() => preview(urls, url)} />
      ))}
    </View>
  )
}

export function ArticleBody({ body, products }: { body: string; products: Map<string, Product> }) {
  const blocks = parsePostBody(body)
  const imageUrls = blocks.flatMap((block) => (block.type === 'image' ? [assetUrl(block.src)] : []))
  return (
    <View className='post-article'>
      {blocks.map((block, index) => {
        switch (block.type) {
          case 'heading':
            return (
              <Text key={index} className='post-article__heading'>
                {block.text}
              </Text>
            )
          case 'paragraph':
            return (
              <Text key={index} className='post-article__paragraph'>
                {block.text}
              </Text>
            )
          case 'image': {
            const url = assetUrl(block.src)
            return <Image key={index} className='post-article__image' src={url} mode='widthFix' onClick={() => preview(imageUrls, url)} />
          }
          case 'product': {
            const product = products.get(block.productId)
            return product ? <PostGood key={index} product={product} /> : null
          }
        }
      })}
    </View>
  )
}

export function PostMedia({ post, products }: { post: Post; products: Map<string, Product> }) {
  if (post.kind === 'video') {
    return (
      <View className='post-media'>
        <Video className='post-video' src={assetUrl(post.videoUrl)} poster={post.images[0] ? assetUrl(post.images[0]) : undefined} controls objectFit='contain' />
        {post.body ? <ArticleBody body={post.body} products={products} /> : null}
      </View>
    )
  }
  return (
    <View className='post-media'>
      {post.kind === 'article' ? <ArticleBody body={post.body} products={products} /> : null}
      {post.images.length > 0 ? <ImageGrid images={post.images} /> : null}
      {post.kind === 'pictures' && post.body ? <ArticleBody body={post.body} products={products} /> : null}
    </View>
  )
}
