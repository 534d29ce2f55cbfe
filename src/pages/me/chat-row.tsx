// 我的 → 客服消息: the shopper's conversations with stores, with their unread total.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { totalUnread, unreadBadge } from '@/domain/chat'
import { useConversations } from '@/hooks/use-conversations'

export function ChatRow() {
  const { items } = useConversations()
  const badge = unreadBadge(items ? totalUnread(items) : 0)
  return (
    <View className='me__row me__chat' onClick={() => void Taro.navigateTo({ url: '/packages/chat/pages/list/index' })}>
      <Text className='me__row-title'>客服消息</Text>
      <Text className='me__row-value'>
        {badge ? <Text className='me__chat-badge'>{badge}</Text> : null} ›
      </Text>
    </View>
  )
}
