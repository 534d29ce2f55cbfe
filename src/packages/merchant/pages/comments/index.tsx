// Reviews, live-room comments and post comments on the store. A buyer's review is theirs
// (WeChat's transaction-guarantee rules): the merchant replies in public or reports it. Live
// and post comments on the merchant's own things may be deleted (they disappear for shoppers).
// Comments the content check held back wait for 通过.
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { COMMENT_KIND_LABELS, ratingStars, REVIEW_REPORT_REASONS, type ModeratedComment } from '@/domain/comments'
import { formatDateTime } from '@/domain/display-time'
import { EmptyState, ErrorState } from '@/components/state-views'
import { useListPage } from '@/hooks/use-list-page'
import { usePagedList } from '@/hooks/use-paged-list'
import { assetUrl } from '@/services/config'
import { approveComment, deleteComment, listComments, replyReview, reportReview } from '@/services/merchant'
import { StatusTabs } from '../../components/status-tabs'
import { useStoreId } from '../../components/use-owned-stores'
import { ReviewReplyForm } from './review-reply-form'
import { toastError } from '@/services/toast'
import '../../console.css'
import './index.css'

type Filter = 'all' | 'held'

interface CardActions {
  onDelete(): void
  onApprove(): void
  onReply(text: string): Promise<boolean>
  onReport(): void
}

function CommentCard(props: { comment: ModeratedComment } & CardActions) {
  const { comment } = props
  const [replying, setReplying] = useState(false)
  const review = comment.kind === 'review'
  return (
    <View className='console__card comment-card'>
      <View className='console__row'>
        <Text className='comment-card__kind'>{COMMENT_KIND_LABELS[comment.kind]}</Text>
        <Text className='console__muted'>{formatDateTime(comment.createdAt)}</Text>
      </View>
      {comment.targetTitle ? <Text className='comment-card__target'>{comment.kind === 'post' ? '动态' : '商品'}：{comment.targetTitle}</Text> : null}
      <View className='comment-card__author'>
        <Text className='console__muted'>{comment.author}</Text>
        {comment.rating !== null ? <Text className='comment-card__stars'>{ratingStars(comment.rating)}</Text> : null}
        {comment.status === 'held' ? <Text className='comment-card__held'>待审核</Text> : null}
      </View>
      {comment.text ? <Text className='comment-card__text'>{comment.text}</Text> : null}
      {comment.images.length > 0 ? (
        <View className='comment-card__images'>
          {comment.images.map((src) => (
            <Image key={src} className='comment-card__image' src={assetUrl(src)} mode='aspectFill' />
          ))}
        </View>
      ) : null}
      {comment.reply && !replying ? <Text className='comment-card__reply'>商家回复：{comment.reply.text}</Text> : null}
      {replying ? (
        <ReviewReplyForm
          initial={comment.reply?.text ?? ''}
          onCancel={() => setReplying(false)}
          onSend={props.onReply}
        />
      ) : null}
      <View className='comment-card__actions'>
        {comment.status === 'held' ? (
          <Text className='console__link comment-card__approve' onClick={props.onApprove}>
            通过
          </Text>
        ) : null}
        {review ? (
          <>
            <Text className='console__link comment-card__report' onClick={props.onReport}>
              举报
            </Text>
            <Text className='console__link comment-card__reply-open' onClick={() => setReplying(true)}>
              {comment.reply ? '修改回复' : '回复'}
            </Text>
          </>
        ) : (
          <Text className='console__link comment-card__delete' onClick={props.onDelete}>
            删除
          </Text>
        )}
      </View>
    </View>
  )
}

export default function CommentsPage() {
  const storeId = useStoreId()
  const [filter, setFilter] = useState<Filter>('all')
  const [held, setHeld] = useState<number | undefined>(undefined)
  const list = usePagedList(
    async (cursor) => {
      const page = await listComments({ storeId, status: filter === 'held' ? 'held' : undefined, cursor })
      setHeld(page.heldCount)
      return page
    },
    [storeId, filter],
  )
  useListPage(list)

  /** True when it went through; a failure is toasted (a reply form stays open to fix the text). */
  const act = async (run: () => Promise<unknown>, done: string): Promise<boolean> => {
    try {
      await run()
      void Taro.showToast({ title: done, icon: 'success' })
      await list.refresh()
      return true
    } catch (error) {
      toastError(error, '操作失败')
      return false
    }
  }

  const report = async (comment: ModeratedComment) => {
    try {
      const { tapIndex } = await Taro.showActionSheet({ itemList: [...REVIEW_REPORT_REASONS] })
      // Content security decides; the merchant's report alone hides nothing.
      await act(() => reportReview(storeId, comment.id, REVIEW_REPORT_REASONS[tapIndex]), '已举报')
    } catch {
      // The sheet was dismissed.
    }
  }

  const remove = async (comment: ModeratedComment) => {
    const { confirm } = await Taro.showModal({ title: '删除这条评论？', content: '删除后顾客将看不到它，无法恢复。', confirmText: '删除', confirmColor: '#e4393c' })
    if (confirm) await act(() => deleteComment(storeId, comment.id), '已删除')
  }

  return (
    <View className='console comments'>
      <StatusTabs<Filter>
        tabs={[
          { key: 'all', label: '全部' },
          { key: 'held', label: '待审核', count: held },
        ]}
        active={filter}
        onChange={setFilter}
      />
      {list.status === 'error' && list.items.length === 0 && list.error ? <ErrorState error={list.error} onRetry={list.retry} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title={filter === 'held' ? '没有待审核的评论' : '还没有评论'} hint='买家评价、直播间和动态里的评论都会出现在这里' />
      ) : null}
      {list.items.map((comment) => (
        <CommentCard
          key={comment.id}
          comment={comment}
          onDelete={() => void remove(comment)}
          onApprove={() => void act(() => approveComment(storeId, comment.id), '已通过')}
          onReport={() => void report(comment)}
          onReply={(text) => act(() => replyReview(storeId, comment.id, text), '已回复')}
        />
      ))}
    </View>
  )
}
