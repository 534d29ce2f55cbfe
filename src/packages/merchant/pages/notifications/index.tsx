// The store's alerts (new orders, refund requests, low stock, buyer messages), newest first,
// marked read on opening; below them the settings and the one-tap subscribe-message grant.
import { Button, Input, Switch, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { ALERT_KIND_NAMES, kindsToAsk, type AlertSettings, type StoreNotification } from '@/domain/alerts'
import { AppError } from '@/domain/errors'
import { chinaDateTime } from '@/domain/order-export'
import { EmptyState, ErrorState } from '@/components/state-views'
import { askAlertMessages } from '@/services/alert-subscribe'
import { getAlertSettings, grantAlerts, listNotifications, markNotificationsRead, saveAlertSettings } from '@/services/backoffice'
import { toastError } from '@/services/toast'
import { useStoreId } from '../../components/use-owned-stores'
import '../../console.css'
import './index.css'

function Settings({ storeId }: { storeId: string }) {
  const [settings, setSettings] = useState<AlertSettings | null>(null)
  const [lowStock, setLowStock] = useState('')
  useEffect(() => {
    getAlertSettings(storeId).then((s) => {
      setSettings(s)
      setLowStock(String(s.lowStock))
    }, () => setSettings(null))
  }, [storeId])
  if (!settings) return null

  const save = async (changes: Partial<AlertSettings>) => {
    const next = { ...settings, ...changes }
    try {
      setSettings(
        await saveAlertSettings(storeId, {
          newOrder: next.newOrder,
          lowStock: next.lowStock,
          refundRequested: next.refundRequested,
          newMessage: next.newMessage,
        }),
      )
    } catch (error) {
      toastError(error, '保存失败')
    }
  }
  const subscribe = async () => {
    // First thing in the tap: WeChat only shows the sheet from a user gesture.
    const accepted = await askAlertMessages(kindsToAsk(settings).length > 0 ? kindsToAsk(settings) : ['new_order'])
    if (accepted.length === 0) return
    try {
      setSettings(await grantAlerts(storeId, accepted))
    } catch (error) {
      toastError(error, '订阅失败')
    }
  }
  const toAsk = kindsToAsk(settings)
  const switches: Array<[keyof AlertSettings, string]> = [
    ['newOrder', '新订单提醒'],
    ['refundRequested', '退款申请提醒'],
    ['newMessage', '买家消息提醒'],
  ]
  return (
    <View className='console__card'>
      <Text className='console__card-title'>提醒设置</Text>
      {switches.map(([key, label]) => (
        <View key={key} className='console__row notices__setting'>
          <Text>{label}</Text>
          <Switch checked={settings[key] as boolean} color='#e4393c' onChange={(e) => void save({ [key]: e.detail.value })} />
        </View>
      ))}
      <View className='console__row notices__setting'>
        <Text>库存低于（件）时提醒，0 为关闭</Text>
        <Input
          className='field__input notices__low-stock'
          type='number'
          value={lowStock}
          onInput={(e) => setLowStock(e.detail.value)}
          onBlur={() => void save({ lowStock: Math.max(0, Math.min(9999, Number(lowStock) || 0)) })}
        />
      </View>
      {toAsk.length > 0 ? (
        <Text className='console__banner console__banner--info'>
          微信提醒次数为 0：{toAsk.map((kind) => ALERT_KIND_NAMES[kind]).join('、')}。点下方按钮再订阅一次。
        </Text>
      ) : null}
      <Button className='console__button console__button--ghost' onClick={subscribe}>
        订阅微信提醒
      </Button>
    </View>
  )
}

export default function NotificationsPage() {
  const storeId = useStoreId()
  const [items, setItems] = useState<StoreNotification[] | null>(null)
  const [cursor, setCursor] = useState<string | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let live = true
    setError(null)
    listNotifications(storeId).then(
      (page) => {
        if (!live) return
        setItems(page.items)
        setCursor(page.nextCursor)
        if (page.unread > 0) void markNotificationsRead(storeId).catch(() => undefined)
      },
      (failure) => live && setError(failure instanceof AppError ? failure : new AppError('INTERNAL')),
    )
    return () => {
      live = false
    }
  }, [storeId, attempt])

  const more = async () => {
    if (!cursor) return
    try {
      const page = await listNotifications(storeId, cursor)
      setItems([...(items ?? []), ...page.items])
      setCursor(page.nextCursor)
    } catch (failure) {
      toastError(failure, '加载失败')
    }
  }

  if (error) return <ErrorState error={error} onRetry={() => setAttempt(attempt + 1)} />
  return (
    <View className='console notices'>
      {items === null ? (
        <View className='console__card' aria-busy='true'>
          <Text className='console__hint'>加载中…</Text>
        </View>
      ) : items.length === 0 ? (
        <EmptyState title='还没有通知' hint='有新订单、退款申请或库存不足时会出现在这里' />
      ) : (
        <View className='console__card'>
          {items.map((item) => (
            <View key={item.id} className={`notices__item${item.read ? '' : ' notices__item--unread'}`}>
              <Text className='notices__kind'>{ALERT_KIND_NAMES[item.kind]}</Text>
              <Text className='notices__text'>{item.text}</Text>
              <Text className='console__muted'>{chinaDateTime(new Date(item.createdAt))}</Text>
            </View>
          ))}
          {cursor ? (
            <Text className='console__link' onClick={more}>
              加载更多
            </Text>
          ) : null}
        </View>
      )}
      <Settings storeId={storeId} />
    </View>
  )
}
