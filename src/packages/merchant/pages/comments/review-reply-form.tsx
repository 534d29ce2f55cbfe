// The merchant's public answer under a buyer's review: one line to write, 发送 replaces any
// earlier answer.
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { MAX_REVIEW_REPLY_LENGTH } from '@/domain/comments'

export function ReviewReplyForm(props: {
  initial: string
  /** True when the reply went through (the form closes); false keeps the text to fix. */
  onSend(text: string): Promise<boolean>
  onCancel(): void
}) {
  const [text, setText] = useState(props.initial)
  const [sending, setSending] = useState(false)
  const send = async () => {
    if (sending || text.trim() === '') return
    setSending(true)
    const sent = await props.onSend(text)
    setSending(false)
    if (sent) props.onCancel()
  }
  return (
    <View className='comment-card__reply-form'>
      <Input
        className='comment-card__reply-input'
        value={text}
        placeholder='公开回复这条评价'
        maxlength={MAX_REVIEW_REPLY_LENGTH}
        focus
        onInput={(e) => setText(e.detail.value)}
      />
      <Text className='console__link comment-card__reply-cancel' onClick={props.onCancel}>
        取消
      </Text>
      <Text className='console__link comment-card__reply-send' onClick={() => void send()}>
        发送
      </Text>
    </View>
  )
}
