// A 客服 thread's messages, oldest at the top, the caller's own on the right; the caller's
// messages on their way show 发送中, failed ones a 重发 that resends with the same clientId.
import { Image, Text, View } from '@tarojs/components'
import type { ChatMessage, ChatSide } from '@/domain/chat'
import { formatDateTime } from '@/domain/display-time'
import { assetUrl } from '@/services/config'
import type { PendingMessage } from '@/store/chat-thread'
import { OrderCardView, ProductCardView } from './chat-cards'
import './chat.css'

export interface CardTaps {
  product?(productId: string): void
  order?(orderId: string): void
}

function Body({ message, taps }: { message: Pick<ChatMessage, 'kind' | 'text' | 'imageUrl' | 'product' | 'order'>; taps: CardTaps }) {
  if (message.kind === 'image' && message.imageUrl) return <Image className='chat-bubble__image' src={assetUrl(message.imageUrl)} mode='widthFix' />
  if (message.kind === 'product' && message.product) return <ProductCardView product={message.product} onTap={() => taps.product?.(message.product!.id)} />
  if (message.kind === 'order' && message.order) return <OrderCardView order={message.order} onTap={() => taps.order?.(message.order!.id)} />
  return <Text className='chat-bubble__text' userSelect>{message.text ?? ''}</Text>
}

export function ChatMessages(props: {
  side: ChatSide
  messages: ChatMessage[]
  pending: PendingMessage[]
  hasOlder: boolean
  onOlder(): void
  onRetry(clientId: string): void
  taps: CardTaps
}) {
  return (
    <View className='chat-messages'>
      {props.hasOlder ? (
        <Text className='chat-messages__older' onClick={props.onOlder}>
          查看更早的消息
        </Text>
      ) : null}
      {props.messages.map((message) => (
        <View key={message.id} className={`chat-row chat-row--${message.from === props.side ? 'mine' : 'theirs'}`} data-from={message.from}>
          <View className={`chat-bubble chat-bubble--${message.kind}`}>
            <Body message={message} taps={props.taps} />
          </View>
          <Text className='chat-row__meta'>
            {formatDateTime(message.createdAt)}
            {message.hidden ? ' · 审核中，对方暂不可见' : ''}
          </Text>
        </View>
      ))}
      {props.pending.map((pending) => (
        <View key={pending.clientId} className={`chat-row chat-row--mine chat-row--${pending.state}`}>
          <View className={`chat-bubble chat-bubble--${pending.message.kind}`}>
            <Body message={pending.message} taps={{}} />
          </View>
          {pending.state === 'failed' ? (
            <Text className='chat-row__retry' onClick={() => props.onRetry(pending.clientId)}>
              发送失败{pending.error ? `：${pending.error}` : ''} · 重发
            </Text>
          ) : (
            <Text className='chat-row__meta'>发送中…</Text>
          )}
        </View>
      ))}
    </View>
  )
}
