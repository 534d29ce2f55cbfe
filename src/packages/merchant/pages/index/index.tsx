// Merchant console home: the caller's stores with a switcher, today's numbers, and the way
// to everything the console does. Without a store it invites to open one. Staff see their
// role and only the tiles their role may use (src/domain/staff-roles.ts).
import { Button, Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { formatFen } from '@/domain/money'
import type { SalesStats } from '@/domain/sales-stats'
import { ROLE_LABELS, roleMay, type StoreRole } from '@/domain/staff-roles'
import { EmptyState, ErrorState } from '@/components/state-views'
import { getSalesStats } from '@/services/merchant'
import { ChatInboxEntry } from '../../components/chat-inbox-entry'
import { PendingWork } from '../../components/pending-work'
import { useUnreadNotifications } from '../../components/use-unread-notifications'
import { StoreCard } from '../../components/store-card'
import { TILE_ICONS } from '../../components/tile-icons'
import { useOwnedStores } from '../../components/use-owned-stores'
import '../../console.css'
import './index.css'
import { openStoreHome } from '@/services/navigation'

const go = (url: string) => void Taro.navigateTo({ url })

/**
 * `action`: what the tile's page needs the caller to be allowed to run; a tile without one
 * counts as ordinary store management (managers yes, service and shipping staff no).
 */
interface Shortcut {
  label: string
  /** A line icon of the console's set (TILE_ICONS). */
  icon: string
  url: string
  action?: string
  /** Unread count shown on the tile. */
  badge?: number
}

function Shortcuts({ storeId, role, unread }: { storeId: string; role: StoreRole; unread: number }) {
  const q = `storeId=${encodeURIComponent(storeId)}`
  const entries: Shortcut[] = [
    { label: '商品管理', icon: TILE_ICONS.products, url: `/packages/merchant/pages/products/index?${q}`, action: 'merchant.listProducts' },
    // The orders pages are built by the order feature in this subpackage.
    { label: '订单管理', icon: TILE_ICONS.orders, url: `/packages/merchant/pages/orders/index?${q}`, action: 'merchant.listOrders' },
    { label: '店铺动态', icon: TILE_ICONS.posts, url: `/packages/merchant/pages/posts/index?${q}`, action: 'merchant.savePost' },
    { label: '接龙', icon: TILE_ICONS.jielong, url: `/packages/merchant/pages/jielongs/index?${q}`, action: 'merchant.saveJielong' },
    { label: '评论管理', icon: TILE_ICONS.comments, url: `/packages/merchant/pages/comments/index?${q}`, action: 'merchant.listComments' },
    { label: '优惠券', icon: TILE_ICONS.coupons, url: `/packages/merchant/pages/coupons/index?${q}`, action: 'merchant.saveCoupon' },
    { label: '推广码与链接', icon: TILE_ICONS.growth, url: `/packages/merchant/pages/growth/index?${q}`, action: 'entry.listCodes' },
    { label: '分类管理', icon: TILE_ICONS.categories, url: `/packages/merchant/pages/categories/index?${q}`, action: 'merchant.saveCategories' },
    { label: '客户', icon: TILE_ICONS.customers, url: `/packages/merchant/pages/customers/index?${q}`, action: 'merchant.listCustomers' },
    { label: '销售数据', icon: TILE_ICONS.stats, url: `/packages/merchant/pages/stats/index?${q}`, action: 'merchant.stats' },
    { label: '直播', icon: TILE_ICONS.live, url: `/packages/merchant/pages/live-rooms/index?${q}`, action: 'merchant.saveLiveRoom' },
    { label: '直播资格', icon: TILE_ICONS.eligibility, url: `/packages/merchant/pages/eligibility/index?${q}`, action: 'merchant.saveLiveRoom' },
    { label: '店铺设置', icon: TILE_ICONS.settings, url: `/packages/merchant/pages/store-settings/index?${q}`, action: 'merchant.updateStore' },
    { label: '运费设置', icon: TILE_ICONS.shipping, url: `/packages/merchant/pages/shipping/index?${q}`, action: 'merchant.saveShippingRules' },
    { label: '店铺码与分享', icon: TILE_ICONS.share, url: `/packages/merchant/pages/store-ready/index?${q}`, action: 'entry.createQrCode' },
    { label: '店员', icon: TILE_ICONS.staff, url: `/packages/merchant/pages/staff/index?${q}`, action: 'merchant.listStaff' },
    { label: '通知', icon: TILE_ICONS.notifications, url: `/packages/merchant/pages/notifications/index?${q}`, action: 'merchant.listNotifications', badge: unread },
    { label: '导出订单', icon: TILE_ICONS.export, url: `/packages/merchant/pages/export-orders/index?${q}`, action: 'merchant.exportOrders' },
    { label: '批量导入', icon: TILE_ICONS.import, url: `/packages/merchant/pages/import-products/index?${q}`, action: 'merchant.importProducts' },
  ]
  return (
    <View className='console__card merchant-home__grid'>
      {entries.filter((entry) => roleMay(role, entry.action ?? 'merchant.console')).map((entry) => (
        <View key={entry.label} className='merchant-home__entry' onClick={() => go(entry.url)}>
          <Image className='merchant-home__icon' src={entry.icon} aria-hidden />
          {'badge' in entry && entry.badge ? (
            <Text className='merchant-home__badge' aria-label={`${entry.badge} 条未读通知`}>
              {entry.badge > 99 ? '99+' : entry.badge}
            </Text>
          ) : null}
          <Text className='merchant-home__entry-label'>{entry.label}</Text>
        </View>
      ))}
    </View>
  )
}

function Today({ storeId }: { storeId: string }) {
  const [stats, setStats] = useState<SalesStats | null>(null)
  useEffect(() => {
    setStats(null)
    getSalesStats(storeId, 'today').then(setStats, () => setStats(null))
  }, [storeId])
  const figures = [
    ['今日访客', stats ? String(stats.totals.visitors) : '—'],
    ['今日订单', stats ? String(stats.totals.orders) : '—'],
    ['今日成交', stats ? formatFen(stats.totals.paidAmount) : '—'],
  ]
  return (
    <View className='console__card merchant-home__today'>
      {figures.map(([label, value]) => (
        <View key={label} className='merchant-home__figure'>
          <Text className='merchant-home__figure-value'>{value}</Text>
          <Text className='console__muted'>{label}</Text>
        </View>
      ))}
    </View>
  )
}

export default function MerchantHomePage() {
  const { stores, store, error, reload, chooseStore } = useOwnedStores()
  // Staff whose role has no alerts are not asked for them (the gate would refuse).
  const unread = useUnreadNotifications(store && roleMay(store.role ?? 'owner', 'merchant.listNotifications') ? store.id : null)

  if (error) return <ErrorState error={error} onRetry={reload} />
  if (!stores) return <View className='console' aria-busy='true' />
  const role = store?.role ?? 'owner'
  if (!store) {
    return (
      <View className='console'>
        <EmptyState title='开一家自己的小店' hint='三步填好店名、简介和话题，几分钟就能开张' />
        <View className='merchant-home__open'>
          <Button className='console__button' onClick={() => go('/packages/merchant/pages/open-store/index')}>
            立即开店
          </Button>
        </View>
      </View>
    )
  }

  return (
    <View className='console merchant-home'>
      <View className='console__card'>
        <StoreCard store={store} />
        {role !== 'owner' ? <Text className='console__hint merchant-home__role'>你在本店的角色：{ROLE_LABELS[role]}</Text> : null}
        <View className='merchant-home__actions'>
          <Text className='console__link' onClick={() => openStoreHome(store.id)}>
            查看店铺主页 ›
          </Text>
        </View>
        {stores.length > 1 ? (
          <View className='merchant-home__switcher'>
            <Text className='console__muted'>切换店铺</Text>
            <View className='choice-chips merchant-home__stores'>
              {stores.map((s) => (
                <Text key={s.id} className={`choice-chip${s.id === store.id ? ' choice-chip--on' : ''}`} onClick={() => chooseStore(s.id)}>
                  {s.name}
                </Text>
              ))}
            </View>
          </View>
        ) : null}
      </View>
      <PendingWork storeId={store.id} />
      {roleMay(role, 'chat.conversations') ? <ChatInboxEntry storeId={store.id} /> : null}
      {roleMay(role, 'merchant.stats') ? <Today storeId={store.id} /> : null}
      <Shortcuts storeId={store.id} role={role} unread={unread} />
      <Text className='console__link merchant-home__another' onClick={() => go('/packages/merchant/pages/open-store/index')}>
        + 再开一家店
      </Text>
    </View>
  )
}
