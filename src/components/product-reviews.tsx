// 买家评价 on the product page: visible reviews newest first (and the shopper's own while it
// waits for approval), each with the merchant's public reply under it. Deleted ones are gone.
import { Image, Text, View } from '@tarojs/components'
import { ratingStars, type Review } from '@/domain/comments'
import { formatDateTime } from '@/domain/display-time'
import { usePagedList } from '@/hooks/use-paged-list'
import { assetUrl } from '@/services/config'
import { listReviews } from '@/services/reviews'
import './product-reviews.css'

function ReviewItem({ review }: { review: Review }) {
  return (
    <View className='review-item'>
      <View className='review-item__head'>
        <Text className='review-item__author'>{review.mine ? '我' : review.author}</Text>
        <Text className='review-item__stars'>{ratingStars(review.rating)}</Text>
        {review.status === 'held' ? <Text className='review-item__held'>审核中，仅自己可见</Text> : null}
      </View>
      {review.text ? <Text className='review-item__text'>{review.text}</Text> : null}
      {review.images.length > 0 ? (
        <View className='review-item__images'>
          {review.images.map((src) => (
            <Image key={src} className='review-item__image' src={assetUrl(src)} mode='aspectFill' />
          ))}
        </View>
      ) : null}
      <Text className='review-item__time'>{formatDateTime(review.createdAt)}</Text>
      {review.reply ? <Text className='review-item__reply'>商家回复：{review.reply.text}</Text> : null}
    </View>
  )
}

export function ProductReviews({ productId }: { productId: string }) {
  const list = usePagedList((cursor) => listReviews(productId, cursor), [productId])
  return (
    <View className='product__section product-reviews'>
      <Text className='product__section-title'>买家评价</Text>
      {list.status === 'loading' ? <Text className='product-reviews__hint'>加载中…</Text> : null}
      {list.status === 'ready' && list.items.length === 0 ? <Text className='product-reviews__hint'>还没有评价</Text> : null}
      {list.status === 'error' && list.error ? (
        <Text className='product-reviews__hint' onClick={list.retry}>
          {list.error.message}，点击重试
        </Text>
      ) : null}
      {list.items.map((review) => (
        <ReviewItem key={review.id} review={review} />
      ))}
      {!list.done && list.items.length > 0 && list.status === 'ready' ? (
        <Text className='product-reviews__more' onClick={list.loadMore}>
          查看更多评价
        </Text>
      ) : null}
    </View>
  )
}
