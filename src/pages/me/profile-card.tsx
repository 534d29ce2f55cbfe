// The shopper's avatar and nickname, set through WeChat's avatar button and nickname input.
// WeChat checks a nickname only after the input loses focus and clears it when the check fails,
// so the value is read from the form's submit (its own value, after that check), not on blur.
import { Form, Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { NICKNAME_MAX, type User } from '@/domain/account'
import type { AppError } from '@/domain/errors'
import { AvatarPicker } from './avatar-picker'
import { NicknameSave } from './nickname-save'

interface Props {
  user: User | null
  error: AppError | null
  onNickname(draft: string): Promise<boolean>
  onAvatar(localPath: string): void
}

export function ProfileCard({ user, error, onNickname, onAvatar }: Props) {
  // Shown while typing (H5 inputs are controlled); what is saved is the form's value on submit.
  const [draft, setDraft] = useState(user?.nickname ?? '')
  useEffect(() => setDraft(user?.nickname ?? ''), [user?.nickname])
  const [saving, setSaving] = useState(false)

  async function submit(value: unknown) {
    if (saving) return
    setSaving(true)
    try {
      if (!(await onNickname(typeof value === 'string' ? value : ''))) setDraft(user?.nickname ?? '')
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className='me__card profile-card'>
      <AvatarPicker avatarUrl={user?.avatarUrl ?? ''} onPicked={onAvatar} />
      <Form className='profile-card__text' onSubmit={(e) => void submit(e.detail?.value?.nickname)}>
        <View className='profile-card__row'>
          <Input
            className='profile-card__nickname'
            name='nickname'
            type='nickname'
            value={draft}
            maxlength={NICKNAME_MAX}
            placeholder='点击设置昵称'
            disabled={!user}
            onInput={(e) => setDraft(e.detail.value)}
          />
          <NicknameSave disabled={!user || saving} onSave={() => void submit(draft)} />
        </View>
        <Text className='profile-card__hint'>
          {error ? (error.code === 'UNAUTHENTICATED' ? '请在微信中打开小店以登录' : error.message) : '头像和昵称用于展示你的评价与留言'}
        </Text>
      </Form>
    </View>
  )
}
