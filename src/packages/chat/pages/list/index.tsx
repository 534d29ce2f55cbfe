// 我的客服消息: the shopper's conversations with stores, newest first, each with its unread count.
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { EmptyState, ErrorState } from '@/components/state-views'
import { useConversations } from '@/hooks/use-conversations'
import { ConversationRow } from '@/components/chat/conversation-row'
import '@/components/chat/chat.css'

export default function ConversationListPage() {
  const { items, error, reload } = useConversations()

  if (error && !items) return <ErrorState error={error} onRetry={() => void reload()} />
  if (!items) return <View className='chat-list' aria-busy='true' />
  if (items.length === 0) return <EmptyState title='还没有客服消息' hint='在商品页、订单详情或店铺主页点「客服」就能咨询店家' />
  return (
    <View className='chat-list'>
      {items.map((item) => (
        <ConversationRow
          key={item.id}
          conversation={item}
          name={item.storeName}
          avatar={item.storeLogo}
          onTap={() => void Taro.navigateTo({ url: `/packages/chat/pages/thread/index?storeId=${encodeURIComponent(item.storeId)}` })}
        />
      ))}
    </View>
  )
}
