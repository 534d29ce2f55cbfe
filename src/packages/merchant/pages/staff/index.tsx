// 店员 (owner only): invite someone in a role (a one-time code, shown as a Mini Program code and
// sent as a share card to the accept page, good for 24 hours), see the staff, remove a member.
// Opened as /packages/merchant/pages/staff/index?storeId=…
import { Button, Image, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter, useShareAppMessage } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { formatDate, formatDateTime } from '@/domain/display-time'
import { AppError } from '@/domain/errors'
import { ROLE_LABELS, ROLE_RULES, STAFF_ROLES, type StaffInvite, type StaffMember, type StaffRole } from '@/domain/staff-roles'
import { EmptyState, ErrorState } from '@/components/state-views'
import { assetUrl } from '@/services/config'
import { inviteStaff, listStaff, removeStaff } from '@/services/staff'
import { toastError } from '@/services/toast'
import { ShareAction } from '../../components/share-action'
import { useOwnedStores } from '../../components/use-owned-stores'
import '../../console.css'
import './index.css'

function InviteCard({ storeId }: { storeId: string }) {
  const [role, setRole] = useState<StaffRole>('shipping')
  const [invite, setInvite] = useState<StaffInvite | null>(null)
  const [busy, setBusy] = useState(false)
  const make = async () => {
    setBusy(true)
    try {
      setInvite(await inviteStaff(storeId, role))
    } catch (error) {
      toastError(error, '生成邀请失败，请重试')
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='console__card staff-invite'>
      <Text className='console__card-title'>邀请店员</Text>
      <View className='choice-chips'>
        {STAFF_ROLES.map((r) => (
          <Text key={r} className={`choice-chip staff-invite__role${r === role ? ' choice-chip--on' : ''}`} data-role={r} onClick={() => { setRole(r); setInvite(null) }}>
            {ROLE_LABELS[r]}
          </Text>
        ))}
      </View>
      <Text className='console__hint'>{ROLE_RULES[role].summary}</Text>
      {invite ? (
        <View className='staff-invite__made'>
          <Image className='staff-invite__qr' src={assetUrl(invite.image)} mode='aspectFit' showMenuByLongpress />
          <Text className='staff-invite__code'>{invite.inviteCode}</Text>
          <Text className='console__hint'>
            请{ROLE_LABELS[invite.role]}用微信扫码或打开分享卡片接受邀请；只能使用一次，{formatDateTime(invite.expiresAt)} 前有效
          </Text>
          <ShareAction className='console__button staff-invite__share' path={`/${invite.path}`} label='发给店员' />
        </View>
      ) : (
        <Button className='console__button staff-invite__make' loading={busy} disabled={busy} onClick={() => void make()}>
          生成邀请码
        </Button>
      )}
    </View>
  )
}

function StaffList({ storeId }: { storeId: string }) {
  const [items, setItems] = useState<StaffMember[] | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const load = useCallback(() => {
    setError(null)
    listStaff(storeId).then(setItems, (failure) => setError(failure instanceof AppError ? failure : new AppError('INTERNAL')))
  }, [storeId])
  useDidShow(load)

  const remove = async (member: StaffMember) => {
    const name = member.nickname || '这位店员'
    const { confirm } = await Taro.showModal({ title: `移除${name}？`, content: '移除后对方立即不能再管理本店', confirmText: '移除', confirmColor: '#e4393c' })
    if (!confirm) return
    try {
      await removeStaff(storeId, member.openid)
      void Taro.showToast({ title: '已移除', icon: 'success' })
      load()
    } catch (failure) {
      toastError(failure, '移除失败，请重试')
    }
  }

  if (error) return <ErrorState error={error} onRetry={load} />
  if (!items) return <View className='console__card' aria-busy='true' />
  return (
    <View className='console__card staff-list'>
      <Text className='console__card-title'>店员（{items.length}）</Text>
      {items.length === 0 ? <Text className='console__hint'>还没有店员。生成邀请码发给对方，接受后就会出现在这里。</Text> : null}
      {items.map((member) => (
        <View key={member.openid} className='console__row staff-list__member' data-openid={member.openid}>
          <View>
            <Text className='staff-list__name'>{member.nickname || '微信用户'}</Text>
            <Text className='console__muted'>
              {ROLE_LABELS[member.role]} · {formatDate(member.since)} 加入
            </Text>
          </View>
          <Text className='console__link staff-list__remove' onClick={() => void remove(member)}>
            移除
          </Text>
        </View>
      ))}
    </View>
  )
}

export default function StaffPage() {
  const storeId = useRouter().params.storeId ?? ''
  const { stores } = useOwnedStores()
  const store = stores?.find((s) => s.id === storeId)
  useShareAppMessage((event) => {
    const path = (event.target as { dataset?: { path?: string } } | undefined)?.dataset?.path
    return { title: `邀请你加入「${store?.name ?? '小店'}」`, path: path ?? '/packages/merchant/pages/index/index' }
  })
  if (!storeId) return <EmptyState title='请从店铺管理进入店员' />
  return (
    <View className='console staff'>
      <InviteCard storeId={storeId} />
      <StaffList storeId={storeId} />
    </View>
  )
}
