// Where an invitation opens (its share card: ?code=…, its Mini Program code: ?scene=…): the
// store and the role offered, and 接受邀请. Accepting opens the console on that store.
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { formatDateTime } from '@/domain/display-time'
import { AppError } from '@/domain/errors'
import { ROLE_LABELS, ROLE_RULES, type InviteView } from '@/domain/staff-roles'
import { EmptyState, ErrorState } from '@/components/state-views'
import { acceptInvite, viewInvite } from '@/services/staff'
import { toastError } from '@/services/toast'
import { useMerchant } from '@/store/merchant'
import '../../console.css'
import './index.css'

const WHY_NOT: Record<Exclude<InviteView['status'], 'open'>, string> = {
  used: '这个邀请已被使用，请让店主重新邀请',
  expired: '邀请已过期，请让店主重新邀请',
  own: '这是你自己的店铺，无需接受邀请',
}

export default function AcceptInvitePage() {
  const params = useRouter().params
  const code = params.code ?? (params.scene ? decodeURIComponent(params.scene) : '')
  const chooseStore = useMerchant((state) => state.chooseStore)
  const [invite, setInvite] = useState<InviteView | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (!code) return
    setError(null)
    viewInvite(code).then(setInvite, (failure) => setError(failure instanceof AppError ? failure : new AppError('INTERNAL')))
  }, [code, attempt])

  const accept = async () => {
    setBusy(true)
    try {
      const { storeId } = await acceptInvite(code)
      chooseStore(storeId)
      void Taro.showToast({ title: '已加入店铺', icon: 'success' })
      void Taro.redirectTo({ url: '/packages/merchant/pages/index/index' })
    } catch (failure) {
      toastError(failure, '接受邀请失败，请重试')
      setAttempt(attempt + 1)
    } finally {
      setBusy(false)
    }
  }

  if (!code) return <EmptyState title='邀请码缺失' hint='请重新打开店主发来的邀请' />
  if (error) return <ErrorState error={error} onRetry={() => setAttempt(attempt + 1)} />
  if (!invite) return <View className='console' aria-busy='true' />
  return (
    <View className='console accept-invite'>
      <View className='console__card'>
        <Text className='console__muted'>店主邀请你加入</Text>
        <Text className='accept-invite__store'>{invite.storeName}</Text>
        <Text className='accept-invite__role'>担任{ROLE_LABELS[invite.role]}</Text>
        <Text className='console__hint'>{ROLE_RULES[invite.role].summary}</Text>
        {invite.status === 'open' ? (
          <>
            <Text className='console__hint'>{formatDateTime(invite.expiresAt)} 前有效</Text>
            <Button className='console__button accept-invite__accept' loading={busy} disabled={busy} onClick={() => void accept()}>
              接受邀请
            </Button>
          </>
        ) : (
          <Text className='console__banner accept-invite__closed'>{WHY_NOT[invite.status]}</Text>
        )}
      </View>
    </View>
  )
}
