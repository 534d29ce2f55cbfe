// Writing a comment under a live room or a post: the draft, one send at a time, the comments
// this person just sent shown first (their own held ones too), and the draft kept when sending
// fails, so nothing is lost.
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { toastError } from '@/services/toast'

interface SentComment {
  id: string
  status: string
}

export function useCommentComposer<C extends SentComment>(sendComment: (text: string) => Promise<C>, onSent: (comment: C) => void) {
  const [sent, setSent] = useState<C[]>([])
  const [draft, setDraft] = useState('')
  const [sending, setSending] = useState(false)

  const send = async () => {
    const text = draft.trim()
    if (!text || sending) return
    setSending(true)
    try {
      const comment = await sendComment(text)
      setSent((mine) => [comment, ...mine])
      setDraft('')
      onSent(comment)
      if (comment.status === 'held') void Taro.showToast({ title: '评论审核中，通过后大家就能看到', icon: 'none' })
    } catch (error) {
      toastError(error, '发送失败，请稍后重试')
    } finally {
      setSending(false)
    }
  }

  /** What to list: the comments just sent, then the loaded ones without repeating them. */
  const withSent = (loaded: C[]): C[] => [...sent, ...loaded.filter((item) => !sent.some((mine) => mine.id === item.id))]

  return { draft, setDraft, sending, send, canSend: draft.trim() !== '' && !sending, withSent }
}
