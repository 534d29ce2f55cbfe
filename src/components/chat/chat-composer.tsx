// The input row of a 客服 thread: text, a picture (picked, uploaded, then sent), and whatever
// extra buttons the side adds (the shopper's order picker, the store's quick replies).
import { Button, Input, Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { MAX_CHAT_TEXT_LENGTH } from '@/domain/chat'
import type { OutgoingMessage } from '@/services/chat'
import { choosePhotos } from '@/services/privacy-apis'
import { toastError } from '@/services/toast'
import { uploadImage } from '@/services/upload'

export function ChatComposer(props: { draft: string; onDraft(text: string): void; onSend(message: OutgoingMessage): void; extra?: ReactNode }) {
  const [uploading, setUploading] = useState(false)
  const sendText = () => {
    const text = props.draft.trim()
    if (!text) return
    props.onDraft('')
    props.onSend({ kind: 'text', text })
  }
  const sendPicture = async () => {
    const [path] = await choosePhotos(1)
    if (!path) return
    setUploading(true)
    try {
      props.onSend({ kind: 'image', imageUrl: await uploadImage(path) })
    } catch (error) {
      toastError(error, '图片上传失败')
    } finally {
      setUploading(false)
    }
  }
  return (
    <View className='chat-composer'>
      {props.extra ? <View className='chat-composer__extra'>{props.extra}</View> : null}
      <View className='chat-composer__row'>
        <Text className='chat-composer__picture' onClick={() => void sendPicture()}>
          {uploading ? '上传中' : '图片'}
        </Text>
        <Input
          className='chat-composer__input'
          value={props.draft}
          maxlength={MAX_CHAT_TEXT_LENGTH}
          placeholder='输入消息'
          confirmType='send'
          onInput={(event) => props.onDraft(event.detail.value)}
          onConfirm={sendText}
        />
        <Button className='chat-composer__send' disabled={!props.draft.trim()} onClick={sendText}>
          发送
        </Button>
      </View>
    </View>
  )
}
