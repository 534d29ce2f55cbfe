// 客服 thread, the shopper's side: opened from a product (its card offered to send), an order
// (likewise), the store home or the conversation list. New answers appear by polling.
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { ChatOrderCard, Conversation } from '@/domain/chat'
import type { AppError } from '@/domain/errors'
import { ErrorState } from '@/components/state-views'
import { OrderCardView, ProductCardView } from '@/components/chat/chat-cards'
import { ChatComposer } from '@/components/chat/chat-composer'
import { ChatMessages } from '@/components/chat/chat-messages'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import { useChatThread } from '@/hooks/use-chat-thread'
import { openConversation, recentOrders } from '@/services/chat'
import { setPageTitle } from '@/services/page-title'

const TAPS = {
  product: (productId: string) => void Taro.navigateTo({ url: `/pages/product/index?id=${encodeURIComponent(productId)}` }),
  order: (orderId: string) => void Taro.navigateTo({ url: `/packages/order/pages/detail/index?id=${encodeURIComponent(orderId)}` }),
}

function ShopperThreadPage() {
  const { storeId = '', productId, orderId } = useRouter().params
  const [conversation, setConversation] = useState<Conversation | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [offer, setOffer] = useState<Conversation['attach'] | null>(null)
  const [orders, setOrders] = useState<ChatOrderCard[] | null>(null)
  const [draft, setDraft] = useState('')
  const thread = useChatThread(conversation?.id ?? null, 'shopper')

  const open = () => {
    setError(null)
    openConversation({ storeId, ...(productId ? { productId } : {}), ...(orderId ? { orderId } : {}) }).then(
      (opened) => {
        setConversation(opened)
        setOffer(opened.attach ?? null)
        setPageTitle(opened.storeName || '客服')
      },
      setError,
    )
  }
  useEffect(open, [storeId, productId, orderId])

  if (error) return <ErrorState error={error} onRetry={open} />
  if (!conversation) return <View className='chat-page' aria-busy='true' />

  const pickOrder = () => {
    if (orders) return setOrders(null)
    recentOrders(conversation.id).then(setOrders, () => setOrders([]))
  }

  return (
    <View className='chat-page'>
      {offer?.product || offer?.order ? (
        <View className='chat-offer'>
          <Text className='chat-offer__hint'>{offer.product ? '你正在咨询这件商品' : '你正在咨询这笔订单'}</Text>
          {offer.product ? <ProductCardView product={offer.product} /> : <OrderCardView order={offer.order!} />}
          <Button
            className='chat-offer__send'
            onClick={() => {
              void thread.send(offer.product ? { kind: 'product', productId: offer.product.id } : { kind: 'order', orderId: offer.order!.id })
              setOffer(null)
            }}
          >
            {offer.product ? '发送商品' : '发送订单'}
          </Button>
        </View>
      ) : null}
      <ChatMessages
        side='shopper'
        messages={thread.state.messages}
        pending={thread.state.pending}
        hasOlder={thread.state.olderCursor !== null}
        onOlder={thread.loadOlder}
        onRetry={thread.retry}
        taps={TAPS}
      />
      {thread.state.loaded && thread.state.messages.length === 0 && thread.state.pending.length === 0 ? (
        <Text className='chat-page__empty'>有问题尽管问，店家会尽快回复</Text>
      ) : null}
      <ChatComposer
        draft={draft}
        onDraft={setDraft}
        onSend={(message) => void thread.send(message)}
        extra={
          <>
            <Text className='chat-chip' onClick={pickOrder}>
              发送订单
            </Text>
            {orders
              ? orders.length === 0
                ? <Text className='chat-chip'>在这家店还没有订单</Text>
                : orders.map((order) => (
                    <Text key={order.id} className='chat-chip' onClick={() => { void thread.send({ kind: 'order', orderId: order.id }); setOrders(null) }}>
                      {order.title}
                    </Text>
                  ))
              : null}
          </>
        }
      />
    </View>
  )
}

export default withPrivacySheet(ShopperThreadPage)
