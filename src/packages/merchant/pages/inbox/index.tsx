// 客服消息 (merchant console): the store's conversations, newest first, each with its unread
// count, kept fresh by polling; and the store's quick replies, edited one per line.
import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { MAX_QUICK_REPLIES } from '@/domain/chat'
import { ConversationRow } from '@/components/chat/conversation-row'
import { EmptyState, ErrorState } from '@/components/state-views'
import { useConversations } from '@/hooks/use-conversations'
import { listQuickReplies, saveQuickReplies } from '@/services/chat'
import { toastError } from '@/services/toast'
import '@/components/chat/chat.css'
import '../../console.css'

function QuickReplies({ storeId }: { storeId: string }) {
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    listQuickReplies(storeId).then((items) => setText(items.join('\n')), () => undefined)
  }, [storeId])
  const save = async () => {
    setBusy(true)
    try {
      const lines = text.split('\n').map((line) => line.trim()).filter(Boolean)
      setText((await saveQuickReplies(storeId, lines)).join('\n'))
      void Taro.showToast({ title: '已保存', icon: 'success' })
    } catch (error) {
      toastError(error, '保存失败')
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='console__card'>
      <Text className='console__muted'>快捷回复（每行一条，最多 {MAX_QUICK_REPLIES} 条；在会话里点一下就能填入）</Text>
      <Textarea className='inbox__replies' value={text} maxlength={4000} autoHeight onInput={(event) => setText(event.detail.value)} />
      <Button className='console__button' loading={busy} disabled={busy} onClick={() => void save()}>
        保存快捷回复
      </Button>
    </View>
  )
}

export default function InboxPage() {
  const storeId = useRouter().params.storeId ?? ''
  const { items, error, reload } = useConversations(storeId)
  const [editing, setEditing] = useState(false)

  if (error && !items) return <ErrorState error={error} onRetry={() => void reload()} />
  return (
    <View className='console inbox'>
      <Text className='console__link inbox__edit' onClick={() => setEditing(!editing)}>
        {editing ? '收起快捷回复' : '编辑快捷回复 ›'}
      </Text>
      {editing ? <QuickReplies storeId={storeId} /> : null}
      {!items ? (
        <View aria-busy='true' />
      ) : items.length === 0 ? (
        <EmptyState title='还没有顾客咨询' hint='顾客在商品页、订单或店铺主页点「客服」发来的消息会出现在这里' />
      ) : (
        items.map((item) => (
          <ConversationRow
            key={item.id}
            className='inbox__row'
            conversation={item}
            name={item.shopper.nickname}
            avatar={item.shopper.avatarUrl}
            onTap={() =>
              void Taro.navigateTo({
                url: `/packages/merchant/pages/chat/index?storeId=${encodeURIComponent(storeId)}&conversationId=${encodeURIComponent(item.id)}&name=${encodeURIComponent(item.shopper.nickname)}`,
              })
            }
          />
        ))
      )}
    </View>
  )
}
