// 我的客服消息: the shopper's conversations with stores, newest first, each with its unread count.
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { messagePreview, unreadBadge } from '@/domain/chat'
import { formatDateTime } from '@/domain/display-time'
import { EmptyState, ErrorState } from '@/components/state-views'
import { useConversations } from '@/hooks/use-conversations'
import { assetUrl } from '@/services/config'
import '@/components/chat/chat.css'

export default function ConversationListPage() {
  const { items, error, reload } = useConversations()

  if (error && !items) return <ErrorState error={error} onRetry={() => void reload()} />
  if (!items) return <View className='chat-list' aria-busy='true' />
  if (items.length === 0) return <EmptyState title='还没有客服消息' hint='在商品页、订单详情或店铺主页点「客服」就能咨询店家' />
  return (
    <View className='chat-list'>
      {items.map((item) => (
        <View
          key={item.id}
          className='chat-list__row'
          onClick={() => void Taro.navigateTo({ url: `/packages/chat/pages/thread/index?storeId=${encodeURIComponent(item.storeId)}` })}
        >
          {item.storeLogo ? <Image className='chat-list__avatar' src={assetUrl(item.storeLogo)} mode='aspectFill' /> : <View className='chat-list__avatar' />}
          <View className='chat-list__body'>
            <Text className='chat-list__name'>{item.storeName}</Text>
            <Text className='chat-list__preview'>{messagePreview(item.lastMessage)}</Text>
          </View>
          <View className='chat-list__side'>
            <Text className='chat-list__time'>{item.lastMessage ? formatDateTime(item.lastMessage.createdAt) : ''}</Text>
            {unreadBadge(item.unread) ? <Text className='chat-badge'>{unreadBadge(item.unread)}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  )
}
