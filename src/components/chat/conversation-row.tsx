// One conversation in a list (the shopper's 客服消息, the store's inbox): who, the last message,
// when, and the unread badge.
import { Image, Text, View } from '@tarojs/components'
import { messagePreview, unreadBadge, type Conversation } from '@/domain/chat'
import { formatDateTime } from '@/domain/display-time'
import { assetUrl } from '@/services/config'

export function ConversationRow(props: { conversation: Conversation; name: string; avatar: string; className?: string; onTap(): void }) {
  const { lastMessage, unread } = props.conversation
  const badge = unreadBadge(unread)
  return (
    <View className={`chat-list__row ${props.className ?? ''}`} onClick={props.onTap}>
      {props.avatar ? <Image className='chat-list__avatar' src={assetUrl(props.avatar)} mode='aspectFill' /> : <View className='chat-list__avatar' />}
      <View className='chat-list__body'>
        <Text className='chat-list__name'>{props.name}</Text>
        <Text className='chat-list__preview'>{messagePreview(lastMessage)}</Text>
      </View>
      <View className='chat-list__side'>
        <Text className='chat-list__time'>{lastMessage ? formatDateTime(lastMessage.createdAt) : ''}</Text>
        {badge ? <Text className='chat-badge'>{badge}</Text> : null}
      </View>
    </View>
  )
}
