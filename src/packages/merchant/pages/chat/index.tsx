// A 客服 thread, the store's side: the shopper's recent orders in this store beside the thread,
// quick replies to tap into the input, and the same messages, cards and pictures as the shopper.
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { ChatOrderCard } from '@/domain/chat'
import { OrderCardView } from '@/components/chat/chat-cards'
import { ChatComposer } from '@/components/chat/chat-composer'
import { ChatMessages } from '@/components/chat/chat-messages'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import { useChatThread } from '@/hooks/use-chat-thread'
import { listQuickReplies, recentOrders } from '@/services/chat'
import { setPageTitle } from '@/services/page-title'
import '../../console.css'

function StoreThreadPage() {
  const { storeId = '', conversationId = '', name } = useRouter().params
  const thread = useChatThread(conversationId || null, 'store')
  const [orders, setOrders] = useState<ChatOrderCard[]>([])
  const [replies, setReplies] = useState<string[]>([])
  const [draft, setDraft] = useState('')
  const [showOrders, setShowOrders] = useState(true)

  useEffect(() => {
    if (name) setPageTitle(decodeURIComponent(name))
    recentOrders(conversationId).then(setOrders, () => setOrders([]))
    listQuickReplies(storeId).then(setReplies, () => setReplies([]))
  }, [storeId, conversationId, name])

  const toOrders = () => void Taro.navigateTo({ url: `/packages/merchant/pages/orders/index?storeId=${encodeURIComponent(storeId)}` })
  return (
    <View className='store-chat'>
      <View className='console__card store-chat__orders'>
        <Text className='console__muted' onClick={() => setShowOrders(!showOrders)}>
          顾客在本店的最近订单（{orders.length}）{showOrders ? ' ▾' : ' ▸'}
        </Text>
        {showOrders
          ? orders.map((order) => (
              <View key={order.id} className='store-chat__order'>
                <OrderCardView order={order} onTap={toOrders} />
                <Text className='chat-chip' onClick={() => void thread.send({ kind: 'order', orderId: order.id })}>
                  发给顾客
                </Text>
              </View>
            ))
          : null}
      </View>
      <ChatMessages
        side='store'
        messages={thread.state.messages}
        pending={thread.state.pending}
        hasOlder={thread.state.olderCursor !== null}
        onOlder={thread.loadOlder}
        onRetry={thread.retry}
        taps={{ order: toOrders }}
      />
      <ChatComposer
        draft={draft}
        onDraft={setDraft}
        onSend={(message) => void thread.send(message)}
        extra={replies.map((reply) => (
          <Text key={reply} className='chat-chip store-chat__reply' onClick={() => setDraft(reply)}>
            {reply}
          </Text>
        ))}
      />
    </View>
  )
}

export default withPrivacySheet(StoreThreadPage)
