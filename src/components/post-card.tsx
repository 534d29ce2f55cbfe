// A store post in a list (the store's 动态 tab, a topic's posts): cover, title, excerpt, its
// hashtags with the store's brand ones, likes and comments. Tapping it opens the post page.
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { POST_KIND_LABELS, postCover, postExcerpt, shownPostHashtags, type Post } from '@/domain/post'
import { assetUrl } from '@/services/config'
import { HashtagChips } from './hashtag-chips'
import './post-card.css'

export function openPost(post: Pick<Post, 'id' | 'storeId'>): void {
  void Taro.navigateTo({ url: `/packages/post/pages/detail/index?postId=${encodeURIComponent(post.id)}&storeId=${encodeURIComponent(post.storeId)}` })
}

export function PostCard({ post, showStore }: { post: Post; showStore?: boolean }) {
  const cover = postCover(post)
  const excerpt = postExcerpt(post.body)
  return (
    <View className='post-card' onClick={() => openPost(post)}>
      {showStore ? <Text className='post-card__store'>{post.storeName}</Text> : null}
      <View className='post-card__row'>
        <View className='post-card__text'>
          <Text className='post-card__title'>
            <Text className={`post-card__kind post-card__kind--${post.kind}`}>{POST_KIND_LABELS[post.kind]}</Text>
            {post.title}
          </Text>
          {excerpt ? <Text className='post-card__excerpt'>{excerpt}</Text> : null}
        </View>
        {cover ? (
          <View className='post-card__media'>
            <Image className='post-card__cover' src={assetUrl(cover)} mode='aspectFill' lazyLoad imgProps={{ alt: post.title }} />
            {post.kind === 'pictures' && post.images.length > 1 ? <Text className='post-card__count'>{post.images.length} 图</Text> : null}
            {post.kind === 'video' ? <Text className='post-card__play'>▶</Text> : null}
          </View>
        ) : post.kind === 'video' ? (
          <View className='post-card__media post-card__media--video'>
            <Text className='post-card__play'>▶</Text>
          </View>
        ) : null}
      </View>
      <HashtagChips tags={shownPostHashtags(post)} storeId={post.storeId} className='post-card__tags' />
      <View className='post-card__meta'>
        <Text>♥ {post.likes}</Text>
        <Text className='post-card__comments'>评论 {post.comments}</Text>
      </View>
    </View>
  )
}
