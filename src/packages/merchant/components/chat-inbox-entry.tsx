// The console home's way into 客服消息, with the store's unread count (polled with back-off):
// until store alerts exist, this badge is how a new message reaches the merchant.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { totalUnread, unreadBadge } from '@/domain/chat'
import { useConversations } from '@/hooks/use-conversations'
import '@/components/chat/chat.css'

export function ChatInboxEntry({ storeId }: { storeId: string }) {
  const { items } = useConversations(storeId)
  const badge = unreadBadge(items ? totalUnread(items) : 0)
  return (
    <View
      className='console__card merchant-home__chat'
      onClick={() => void Taro.navigateTo({ url: `/packages/merchant/pages/inbox/index?storeId=${encodeURIComponent(storeId)}` })}
    >
      <Text className='merchant-home__chat-label'>客服消息</Text>
      {badge ? <Text className='chat-badge merchant-home__chat-badge'>{badge}</Text> : <Text className='console__muted'>暂无未读 ›</Text>}
    </View>
  )
}
