// Reviews, live-room comments and post comments on the store: delete abusive ones (they
// disappear for shoppers), approve the ones the content check held back.
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { COMMENT_KIND_LABELS, ratingStars, type ModeratedComment } from '@/domain/comments'
import { formatDateTime } from '@/domain/display-time'
import { EmptyState, ErrorState } from '@/components/state-views'
import { useListPage } from '@/hooks/use-list-page'
import { usePagedList } from '@/hooks/use-paged-list'
import { assetUrl } from '@/services/config'
import { approveComment, deleteComment, listComments } from '@/services/merchant'
import { StatusTabs } from '../../components/status-tabs'
import { useStoreId } from '../../components/use-owned-stores'
import { toastError } from '@/services/toast'
import '../../console.css'
import './index.css'

type Filter = 'all' | 'held'

function CommentCard(props: { comment: ModeratedComment; onDelete(): void; onApprove(): void }) {
  const { comment } = props
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
      <View className='comment-card__actions'>
        {comment.status === 'held' ? (
          <Text className='console__link comment-card__approve' onClick={props.onApprove}>
            通过
          </Text>
        ) : null}
        <Text className='console__link comment-card__delete' onClick={props.onDelete}>
          删除
        </Text>
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

  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run()
      void Taro.showToast({ title: done, icon: 'success' })
      await list.refresh()
    } catch (error) {
      toastError(error, '操作失败')
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
        <EmptyState title={filter === 'held' ? '没有待审核的评论' : '还没有评论'} hint='顾客的评价、直播间和动态里的评论都会出现在这里' />
      ) : null}
      {list.items.map((comment) => (
        <CommentCard
          key={comment.id}
          comment={comment}
          onDelete={() => void remove(comment)}
          onApprove={() => void act(() => approveComment(storeId, comment.id), '已通过')}
        />
      ))}
    </View>
  )
}
