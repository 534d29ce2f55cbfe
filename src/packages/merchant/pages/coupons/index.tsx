// 优惠券 (merchant): the store's coupons with claimed / used counts, create and edit, stop and
// restart, and 分享领券 (a share card that opens the store home with the coupon to claim).
import { Button, Text, View } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import { couponDate, couponFace, type Coupon } from '@/domain/coupon'
import { couponFormToInput, couponToForm, EMPTY_COUPON_FORM, type CouponForm } from '@/domain/coupon-form'
import { EmptyState, ErrorState } from '@/components/state-views'
import { listCoupons, saveCoupon, setCouponStatus } from '@/services/coupon'
import { toastError } from '@/services/toast'
import { ShareAction } from '../../components/share-action'
import { useListEditor } from '../../components/use-list-editor'
import { CouponFormCard } from './coupon-form-card'
import '../../console.css'
import './index.css'

const AUDIENCE_LABELS = { all: '所有人', new: '新客专享', lapsed: '老客回归' } as const

const couponSharePath = (coupon: Pick<Coupon, 'id' | 'storeId'>) => `/packages/coupon/pages/claim/index?storeId=${coupon.storeId}&couponId=${coupon.id}`

export default function CouponsPage() {
  const { storeId, items: coupons, error, load, form, open, save, replace, card } = useListEditor<Coupon, CouponForm>(listCoupons)
  useShareAppMessage((res) => {
    const path = (res.target as { dataset?: { path?: string } } | undefined)?.dataset?.path
    return { title: '送你一张优惠券，点开即领', path: path ?? `/pages/home/index?storeId=${storeId}` }
  })

  const saveForm = () =>
    save(
      (filled) => couponFormToInput(filled, new Date()),
      (input, couponId) => saveCoupon({ storeId, ...(couponId ? { couponId } : {}), ...input }),
      '已保存',
    )
  const toggle = (coupon: Coupon) =>
    setCouponStatus(storeId, coupon.id, coupon.status === 'active' ? 'stopped' : 'active').then(replace, (failure: unknown) => toastError(failure, '操作失败'))

  if (error) return <ErrorState error={error} onRetry={load} />
  return (
    <View className='console coupons'>
      {form ? (
        <CouponFormCard {...card} form={form} onSave={() => void saveForm()} />
      ) : (
        <Button className='console__button coupons__new' onClick={() => open({ ...EMPTY_COUPON_FORM })}>
          新建优惠券
        </Button>
      )}
      {coupons && coupons.length === 0 && !form ? <EmptyState title='还没有优惠券' hint='满减券、折扣券能让顾客多买一件' /> : null}
      {(coupons ?? []).map((coupon) => (
        <View key={coupon.id} className={`console__card coupon-item coupon-item--${coupon.status}`}>
          <View className='console__row'>
            <Text className='coupon-item__face'>{couponFace(coupon)}</Text>
            <Text className='console__muted'>{coupon.status === 'active' ? '发放中' : '已停止'}</Text>
          </View>
          <Text className='coupon-item__title'>{coupon.title}</Text>
          <Text className='console__hint coupon-item__counts'>
            已领 {coupon.claimed} / {coupon.totalQuantity} · 已用 {coupon.used} · 每人限领 {coupon.perPersonLimit} · {AUDIENCE_LABELS[coupon.audience]}
            {coupon.productIds.length > 0 ? ` · 指定商品 (${coupon.productIds.length} 件)` : ''}
          </Text>
          <Text className='console__hint'>有效期 {couponDate(coupon.startAt)} 至 {couponDate(coupon.endAt)}</Text>
          <View className='coupon-item__actions'>
            <Text
              className='console__link'
              onClick={() => open(couponToForm(coupon, new Date()), coupon.id)}
            >
              编辑
            </Text>
            <Text className='console__link coupon-item__toggle' onClick={() => void toggle(coupon)}>
              {coupon.status === 'active' ? '停止发放' : '重新发放'}
            </Text>
            {coupon.status === 'active' ? <ShareAction className='coupon-item__share' path={couponSharePath(coupon)} label='分享领券' /> : null}
          </View>
        </View>
      ))}
    </View>
  )
}
