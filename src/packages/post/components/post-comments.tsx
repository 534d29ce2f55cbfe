// A post's comments, newest first, and a box to write one. The author can take their own back;
// a comment deleted by the store owner is gone on the next load. What the shopper wrote stays
// in the box when sending fails, so nothing is lost.
import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { formatDateTime } from '@/domain/display-time'
import { MAX_POST_COMMENT_LENGTH, type PostComment } from '@/domain/post'
import type { PagedList } from '@/hooks/use-paged-list'
import { useCommentComposer } from '@/hooks/use-comment-composer'
import { commentPost, deleteOwnPostComment } from '@/services/post'
import { toastError } from '@/services/toast'
import './post-comments.css'

export function PostComments(props: { postId: string; list: PagedList<PostComment>; count: number; onChanged(): void }) {
  const { list } = props
  const composer = useCommentComposer((text) => commentPost(props.postId, text), props.onChanged)
  const [removed, setRemoved] = useState<string[]>([])

  const remove = async (comment: PostComment) => {
    try {
      await deleteOwnPostComment(comment.id)
      setRemoved((ids) => [...ids, comment.id])
      props.onChanged()
    } catch (error) {
      toastError(error, '删除失败，请稍后重试')
    }
  }

  const shown = composer.withSent(list.items).filter((c) => !removed.includes(c.id))
  return (
    <View className='post-comments'>
      <Text className='post-comments__title'>评论 · {props.count}</Text>
      <View className='post-comments__composer'>
        <Input
          className='post-comments__input'
          value={composer.draft}
          maxlength={MAX_POST_COMMENT_LENGTH}
          placeholder='说点什么…'
          confirmType='send'
          onInput={(event) => composer.setDraft(event.detail.value)}
          onConfirm={() => void composer.send()}
        />
        <Button className='post-comments__send post-comments__send--on' size='mini' disabled={!composer.canSend} onClick={() => void composer.send()}>
          发送
        </Button>
      </View>
      {list.status === 'loading' ? <Text className='post-comments__hint'>评论加载中…</Text> : null}
      {list.status === 'error' && shown.length === 0 && list.error ? (
        <Text className='post-comments__hint' onClick={list.retry}>
          {list.error.message}，点击重试
        </Text>
      ) : null}
      {list.status === 'ready' && shown.length === 0 ? <Text className='post-comments__hint post-comments__empty'>还没有评论，来说第一句吧</Text> : null}
      {shown.map((comment) => (
        <View key={comment.id} className='post-comment'>
          <View className='post-comment__head'>
            <Text className='post-comment__author'>{comment.mine ? '我' : comment.author}</Text>
            <Text className='post-comment__time'>{formatDateTime(comment.createdAt)}</Text>
            {comment.status === 'held' ? <Text className='post-comment__held'>审核中</Text> : null}
            {comment.mine ? (
              <Text className='post-comment__delete' onClick={() => void remove(comment)}>
                删除
              </Text>
            ) : null}
          </View>
          <Text className='post-comment__text'>{comment.text}</Text>
        </View>
      ))}
      {list.nextCursor && list.status === 'ready' ? (
        <Text className='post-comments__hint post-comments__more' onClick={list.loadMore}>
          查看更多评论
        </Text>
      ) : null}
    </View>
  )
}
