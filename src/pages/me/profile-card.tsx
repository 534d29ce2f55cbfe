// The shopper's avatar and nickname, set through WeChat's avatar button and nickname input.
import { Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { NICKNAME_MAX, type User } from '@/domain/account'
import type { AppError } from '@/domain/errors'
import { AvatarPicker } from './avatar-picker'

interface Props {
  user: User | null
  error: AppError | null
  onNickname(draft: string): Promise<boolean>
  onAvatar(localPath: string): void
}

export function ProfileCard({ user, error, onNickname, onAvatar }: Props) {
  const [draft, setDraft] = useState(user?.nickname ?? '')
  useEffect(() => setDraft(user?.nickname ?? ''), [user?.nickname])

  async function commit(value: string) {
    if (!(await onNickname(value))) setDraft(user?.nickname ?? '')
  }

  return (
    <View className='me__card profile-card'>
      <AvatarPicker avatarUrl={user?.avatarUrl ?? ''} onPicked={onAvatar} />
      <View className='profile-card__text'>
        <Input
          className='profile-card__nickname'
          type='nickname'
          value={draft}
          maxlength={NICKNAME_MAX}
          placeholder='点击设置昵称'
          disabled={!user}
          onInput={(e) => setDraft(e.detail.value)}
          onBlur={(e) => void commit(e.detail.value)}
          onConfirm={(e) => void commit(e.detail.value)}
        />
        <Text className='profile-card__hint'>
          {error ? (error.code === 'UNAUTHENTICATED' ? '请在微信中打开小店以登录' : error.message) : '头像和昵称用于展示你的评价与留言'}
        </Text>
      </View>
    </View>
  )
}
