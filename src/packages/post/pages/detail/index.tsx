// A store post: the article, picture grid (tap to preview) or video; its hashtags with the
// store's brand ones; the products it links, buyable in one tap; likes and comments. Shared to
// friends and Moments with the sharer's attribution, crediting the store.
import { Image, Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import type { Product } from '@/domain/catalog'
import { formatDateTime } from '@/domain/display-time'
import { AppError } from '@/domain/errors'
import { bodyProductIds, parsePostBody, postCover, shownPostHashtags, type Post } from '@/domain/post'
import { HashtagChips } from '@/components/hashtag-chips'
import { ErrorState } from '@/components/state-views'
import { useEntryShare } from '@/hooks/use-entry-share'
import { usePagedList } from '@/hooks/use-paged-list'
import { getProduct } from '@/services/catalog'
import { assetUrl } from '@/services/config'
import { getPost, likePost, listPostComments } from '@/services/post'
import { setPageTitle } from '@/services/page-title'
import { PostComments } from '../../components/post-comments'
import { PostGoods } from '../../components/post-goods'
import { PostMedia } from '../../components/post-media'
import './index.css'
import { openStoreHome } from '@/services/navigation'
import { useLoadOn } from '@/hooks/use-load-on'

const ID = /^[A-Za-z0-9_-]{1,64}$/

/** Linked products shoppers can see (off-shelf ones are NOT_FOUND to them and left out). */
async function loadProducts(ids: string[]): Promise<Map<string, Product>> {
  const found = await Promise.allSettled(ids.map((id) => getProduct(id)))
  return new Map(found.flatMap((result) => (result.status === 'fulfilled' ? [[result.value.id, result.value] as const] : [])))
}

export default function PostPage() {
  const params = useRouter().params
  const postId = params.postId && ID.test(params.postId) ? params.postId : ''
  const [post, setPost] = useState<Post | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [products, setProducts] = useState<Map<string, Product>>(new Map())
  const [liking, setLiking] = useState(false)
  const comments = usePagedList((cursor) => listPostComments(postId, cursor), [postId])

  const load = async () => {
    if (!postId) {
      setError(new AppError('NOT_FOUND', '动态不存在或已删除'))
      return
    }
    setError(null)
    try {
      const found = await getPost(postId)
      setPost(found)
      setPageTitle(found.storeName || '店铺动态')
      setProducts(await loadProducts([...new Set([...found.productIds, ...bodyProductIds(parsePostBody(found.body))])]))
    } catch (caught) {
      setError(caught instanceof AppError ? caught : new AppError('INTERNAL'))
    }
  }
  useLoadOn(postId ?? '', load)
  usePullDownRefresh(() => {
    void Promise.all([load(), comments.refresh()]).finally(() => Taro.stopPullDownRefresh())
  })

  const storeId = post?.storeId ?? (params.storeId && ID.test(params.storeId) ? params.storeId : '')
  useEntryShare(
    post ? { target: { kind: 'post', postId: post.id, storeId: post.storeId }, title: post.title, imageUrl: postCover(post) ? assetUrl(postCover(post)) : undefined } : null,
    storeId ? { target: { kind: 'post', postId, storeId }, title: '店铺动态' } : { target: { kind: 'home' }, title: '小店 · 发现好物' },
  )

  const linked = useMemo(() => (post ? post.productIds.flatMap((id) => products.get(id) ?? []) : []), [post, products])

  const like = async () => {
    if (!post || liking) return
    setLiking(true)
    try {
      setPost(await likePost(post.id))
    } catch (caught) {
      void Taro.showToast({ title: caught instanceof AppError ? caught.message : '点赞失败', icon: 'none' })
    } finally {
      setLiking(false)
    }
  }

  // Counts follow a new or removed comment without reloading the whole post.
  const refreshCounts = () => {
    getPost(postId).then(setPost, () => undefined)
  }

  if (error) return <ErrorState error={error} onRetry={() => void load()} />
  if (!post) return <View className='post-page' aria-busy='true' />

  const openStore = () => openStoreHome(post.storeId, 'posts')
  return (
    <View className='post-page'>
      <View className='post-page__main'>
        <View className='post-page__store' onClick={openStore}>
          {post.storeLogo ? <Image className='post-page__logo' src={assetUrl(post.storeLogo)} mode='aspectFill' /> : null}
          <View className='post-page__store-text'>
            <Text className='post-page__store-name'>{post.storeName}</Text>
            <Text className='post-page__time'>{formatDateTime(post.createdAt)}</Text>
          </View>
          <Text className='post-page__visit'>进店</Text>
        </View>
        <Text className='post-page__title'>{post.title}</Text>
        <PostMedia post={post} products={products} />
        <HashtagChips tags={shownPostHashtags(post)} storeId={post.storeId} className='post-page__tags' />
        <View className='post-page__actions'>
          <Text className={`post-page__like${post.liked ? ' post-page__like--on' : ''}`} onClick={() => void like()}>
            {post.liked ? '♥' : '♡'} {post.likes}
          </Text>
          <Text className='post-page__comment-count'>评论 {post.comments}</Text>
        </View>
      </View>
      <PostGoods products={linked} />
      <PostComments postId={post.id} list={comments} count={post.comments} onChanged={refreshCounts} />
    </View>
  )
}
