// The room's comments, newest first, and a box to write one while the room can be commented
// on. What the shopper wrote stays in the box when sending fails, so nothing is lost.
import { Button, Input, Text, View } from '@tarojs/components'
import type { LiveComment } from '@/domain/live'
import { LIVE_COMMENT_MAX } from '@/domain/text-limits'
import { useCommentComposer } from '@/hooks/use-comment-composer'
import { usePagedList } from '@/hooks/use-paged-list'
import { commentRoom, listRoomComments } from '@/services/live'
import './room-comments.css'

export function RoomComments({ roomId, canComment, onPosted }: { roomId: string; canComment: boolean; onPosted(comment: LiveComment): void }) {
  const list = usePagedList((cursor) => listRoomComments(roomId, cursor), [roomId])
  const composer = useCommentComposer((text) => commentRoom(roomId, text), onPosted)

  const shown = composer.withSent(list.items)
  return (
    <View className='room-comments'>
      <Text className='room-comments__title'>互动评论</Text>
      {canComment ? (
        <View className='room-comments__composer'>
          <Input
            className='room-comments__input'
            value={composer.draft}
            maxlength={LIVE_COMMENT_MAX}
            placeholder='说点什么…'
            confirmType='send'
            onInput={(event) => composer.setDraft(event.detail.value)}
            onConfirm={() => void composer.send()}
          />
          <Button className='room-comments__send' size='mini' disabled={!composer.canSend} onClick={() => void composer.send()}>
            发送
          </Button>
        </View>
      ) : null}
      {list.status === 'loading' ? <Text className='room-comments__hint'>评论加载中…</Text> : null}
      {list.status === 'error' && shown.length === 0 && list.error ? (
        <Text className='room-comments__hint' onClick={list.retry}>
          {list.error.message}，点击重试
        </Text>
      ) : null}
      {list.status === 'ready' && shown.length === 0 ? <Text className='room-comments__hint'>还没有评论{canComment ? '，来说第一句吧' : ''}</Text> : null}
      {shown.map((comment) => (
        <View key={comment.id} className='room-comment'>
          <Text className='room-comment__author'>{comment.mine ? '我' : comment.author}</Text>
          <Text className='room-comment__text'>{comment.text}</Text>
          {comment.status === 'held' ? <Text className='room-comment__held'>审核中</Text> : null}
        </View>
      ))}
      {list.nextCursor && list.status !== 'loading_more' ? (
        <Text className='room-comments__more' onClick={list.loadMore}>
          查看更早的评论
        </Text>
      ) : null}
    </View>
  )
}
