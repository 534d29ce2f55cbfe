// 接龙: the goods with what is left, the countdown, the numbered list (names masked), and the
// join form — quantities, a pickup point or express, the contact from the address book — that
// goes straight to payment. Shared to a chat as a card (first goods image, price, joined count).
import { Button, Image, Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro'
import { useEffect, useRef } from 'react'
import { DELIVERY_LABELS, describeEntryLines, JIELONG_PAGE, jielongShareCard, type Jielong } from '@/domain/jielong'
import { formatFen } from '@/domain/money'
import { jielongCardContent } from '@/domain/jielong-card'
import { toQueryString } from '@/domain/entry-codec'
import { QuantityStepper } from '@/components/quantity-stepper'
import { EmptyState, ErrorState } from '@/components/state-views'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import { assetUrl } from '@/services/config'
import { useEntry } from '@/store/entry'
import { useJielong } from './use-jielong'
import { CardCanvas } from './card-canvas'
import { drawCardPicture } from './card-picture'
import './index.css'

function JielongPage() {
  const jielongId = useRouter().params.id ?? ''
  const page = useJielong(jielongId)
  const { jielong } = page
  const latest = useRef<Jielong | null>(null)
  latest.current = jielong

  usePullDownRefresh(() => {
    void page.load().finally(() => Taro.stopPullDownRefresh())
  })
  // The chat card's picture (goods, prices, how many joined), painted ahead of a share: a share
  // must answer at once. Repainted when what it shows changes; until then the first goods photo.
  const cardPicture = useRef<string | null>(null)
  const cardContent = jielong ? JSON.stringify(jielongCardContent(jielong)) : null
  useEffect(() => {
    cardPicture.current = null
    if (!cardContent) return
    let current = true
    const content: ReturnType<typeof jielongCardContent> = JSON.parse(cardContent)
    drawCardPicture({ ...content, goods: content.goods.map((goods) => ({ ...goods, image: assetUrl(goods.image) })) }).then(
      (path) => {
        if (current) cardPicture.current = path
      },
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [cardContent])
  useShareAppMessage(() => {
    const current = latest.current
    if (!current) return { title: '接龙', path: `/${JIELONG_PAGE}?id=${encodeURIComponent(jielongId)}&src=jielong` }
    const card = jielongShareCard(current, useEntry.getState().sharer)
    const photo = current.items.find((item) => item.image)?.image
    const imageUrl = cardPicture.current ?? (photo ? assetUrl(photo) : null)
    return { title: card.title, path: `/${JIELONG_PAGE}?${toQueryString(card.query)}`, ...(imageUrl ? { imageUrl } : {}) }
  })

  if (page.error && !jielong) return <ErrorState error={page.error} onRetry={() => void page.load()} />
  if (!jielong) return <View className='jielong jielong--loading'>加载中…</View>
  const mine = page.entries.filter((entry) => entry.mine)

  return (
    <View className='jielong'>
      <CardCanvas />
      <View className='jielong__card jielong__head'>
        <Text className='jielong__title'>{jielong.title}</Text>
        <Text className='jielong__store'>{jielong.storeName}</Text>
        {jielong.intro ? <Text className='jielong__intro'>{jielong.intro}</Text> : null}
        <View className='jielong__meta'>
          <Text className={`jielong__countdown${page.open ? '' : ' jielong__countdown--closed'}`}>
            {page.open ? `距结束 ${page.left}` : '接龙已结束'}
          </Text>
          <Text className='jielong__joined'>已有 {jielong.participants} 人参加 · {DELIVERY_LABELS[jielong.delivery]}</Text>
        </View>
        {mine.length > 0 ? <Text className='jielong__mine'>我的接龙号：{mine.map((entry) => entry.no).join('、')}</Text> : null}
      </View>

      <View className='jielong__card'>
        {jielong.items.map((item) => (
          <View key={item.skuId} className='jielong__item'>
            {item.image ? <Image className='jielong__image' src={assetUrl(item.image)} mode='aspectFill' /> : <View className='jielong__image' />}
            <View className='jielong__item-text'>
              <Text className='jielong__item-title'>{item.title}{item.spec ? `（${item.spec}）` : ''}</Text>
              <Text className='jielong__price'>{formatFen(item.price)}</Text>
              <Text className='jielong__muted'>
                剩余 {item.stock} 件 · 已接 {item.sold} 件{item.limitPerPerson ? ` · 每人限 ${item.limitPerPerson} 件` : ''}
              </Text>
            </View>
            {page.open && item.stock > 0 ? (
              <QuantityStepperOrAdd
                value={page.quantities[item.skuId] ?? 0}
                max={Math.min(item.stock, item.limitPerPerson ?? item.stock)}
                onChange={(next) => page.setQuantity(item.skuId, next)}
              />
            ) : (
              <Text className='jielong__muted'>{item.stock > 0 ? '' : '已接完'}</Text>
            )}
          </View>
        ))}
      </View>

      {page.open ? (
        <View className='jielong__card jielong__form'>
          {jielong.delivery !== 'express' ? (
            <View className='jielong__points'>
              <Text className='jielong__label'>自提点</Text>
              {jielong.pickupPoints.map((point) => (
                <Text
                  key={point.id}
                  className={`jielong__point${page.pickupPointId === point.id ? ' jielong__point--on' : ''}`}
                  onClick={() => page.setPickupPointId(point.id)}
                >
                  {point.name}：{point.address}
                </Text>
              ))}
              {jielong.delivery === 'both' ? (
                <Text className={`jielong__point${page.pickupPointId === null ? ' jielong__point--on' : ''}`} onClick={() => page.setPickupPointId(null)}>
                  快递到家
                </Text>
              ) : null}
            </View>
          ) : null}
          <View className='jielong__contact' onClick={page.chooseAddress}>
            <Text className='jielong__label'>{page.pickupPointId ? '联系人' : '收货地址'}</Text>
            <Text className='jielong__contact-text'>
              {page.address
                ? `${page.address.userName} ${page.address.telNumber}${page.pickupPointId ? '' : ` ${page.address.provinceName}${page.address.cityName}${page.address.countyName}${page.address.detailInfo}`}`
                : '从我的地址中选择 ›'}
            </Text>
          </View>
          <View className='jielong__bar'>
            <Text className='jielong__sum'>
              合计 <Text className='jielong__total'>{formatFen(page.total)}</Text>
            </Text>
            <Button className='jielong__join' disabled={page.submitting} loading={page.submitting} onClick={() => void page.submit()}>
              参加接龙
            </Button>
          </View>
        </View>
      ) : null}

      <View className='jielong__card'>
        <Text className='jielong__label'>接龙名单</Text>
        {page.entries.length === 0 ? <EmptyState title='还没有人参加' hint='付款后按到账顺序编号' /> : null}
        {page.entries.map((entry) => (
          <View key={entry.no} className={`jielong__entry${entry.mine ? ' jielong__entry--mine' : ''}`}>
            <Text className='jielong__no'>{entry.no}</Text>
            <Text className='jielong__name'>{entry.name}</Text>
            <Text className='jielong__lines'>{describeEntryLines(entry.lines)}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

/** 0 shows a single 「+」; from 1 the usual stepper (whose minimum is 1), and 「−」 at 1 clears it. */
function QuantityStepperOrAdd(props: { value: number; max: number; onChange(next: number): void }) {
  if (props.value === 0) {
    return (
      <Text className='jielong__add' onClick={() => props.onChange(1)}>
        ＋
      </Text>
    )
  }
  return (
    <View className='jielong__stepper'>
      <Text className='jielong__clear' onClick={() => props.onChange(0)}>
        移除
      </Text>
      <QuantityStepper value={props.value} max={props.max} onChange={props.onChange} />
    </View>
  )
}

export default withPrivacySheet(JielongPage)
