// Asking for a refund: a reason (a common one, or the shopper's own words), then submit.
import { Button, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { REFUND_REASON_MAX } from '@/domain/text-limits'
import './refund-sheet.css'

const REASONS = ['拍错了/不想要了', '商品质量问题', '商家发错货', '迟迟未发货', '其他']

export function RefundSheet(props: { busy: boolean; onSubmit(reason: string): void; onClose(): void }) {
  const [chosen, setChosen] = useState('')
  const [text, setText] = useState('')
  const reason = [chosen, text.trim()].filter(Boolean).join('：').slice(0, 200)
  return (
    <View className='refund-sheet'>
      <View className='refund-sheet__mask' onClick={props.onClose} />
      <View className='refund-sheet__panel'>
        <Text className='refund-sheet__title'>申请退款</Text>
        <View className='refund-sheet__reasons'>
          {REASONS.map((r) => (
            <Text key={r} className={`refund-sheet__reason${chosen === r ? ' refund-sheet__reason--on' : ''}`} onClick={() => setChosen(chosen === r ? '' : r)}>
              {r}
            </Text>
          ))}
        </View>
        <Textarea
          className='refund-sheet__text'
          value={text}
          maxlength={REFUND_REASON_MAX}
          placeholder='补充说明（选填）'
          onInput={(e) => setText(e.detail.value)}
        />
        <Button className='refund-sheet__submit' disabled={!reason || props.busy} loading={props.busy} onClick={() => props.onSubmit(reason)}>
          提交申请
        </Button>
      </View>
    </View>
  )
}
