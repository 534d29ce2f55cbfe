// Growth: make a Mini Program code or a Weibo link for the store, one product or one live room, named
// after a campaign so the sales page can tell what it brought; list what was made (entry.listCodes)
// with the visits each one brought.
import { Button, Image, Input, Text, View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { Product } from '@/domain/catalog'
import { formatDateTime } from '@/domain/display-time'
import { messageOf } from '@/domain/errors'
import type { LiveRoom } from '@/domain/live'
import { MAX_CAMPAIGN_LENGTH } from '@/domain/entry-codec'
import type { CreatedLink, EntryCode, ListedCode } from '@/domain/entry-wire'
import { EmptyState, ErrorState } from '@/components/state-views'
import { usePagedList } from '@/hooks/use-paged-list'
import { createLink, createQrCode, listCodes } from '@/services/entry'
import { listRooms } from '@/services/live'
import { listOwnProducts } from '@/services/merchant'
import { copyText } from '@/services/privacy-apis'
import { FormField } from '../../components/form-field'
import { useStoreId } from '../../components/use-owned-stores'
import { useBusy } from '@/hooks/use-busy'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import '../../console.css'
import './index.css'

type Made = { kind: 'qr'; code: EntryCode } | { kind: 'link'; link: CreatedLink }
/** What the code or link opens: the whole store, one product or one live room. */
type Aim = { kind: 'store' } | { kind: 'product'; id: string } | { kind: 'room'; id: string }

const copy = (text: string) => void copyText(text, '已复制')

function CodeRow({ code, titles, rooms }: { code: ListedCode; titles: Map<string, string>; rooms: Map<string, string> }) {
  const target = code.productId
    ? `商品：${titles.get(code.productId) ?? code.productId}`
    : code.roomId
      ? `直播：${rooms.get(code.roomId) ?? code.roomId}`
      : '整店'
  // A code is shown as its picture, a link as the short one to post (neither once expired).
  const picture = code.image
  const link = code.shortUrl ?? code.url
  return (
    <View className='growth-code'>
      <View className='console__row'>
        <Text className='growth-code__kind'>{code.kind === 'qr' ? '小程序码' : code.channel === 'weibo' ? '微博链接' : '网页链接'}</Text>
        <Text className='console__muted'>
          {code.visits} 次访问 · {formatDateTime(code.createdAt)}
        </Text>
      </View>
      <Text className='growth-code__campaign'>{code.campaign ? `活动：${code.campaign}` : '未命名活动'} · {target}</Text>
      {picture ? (
        <View className='growth-code__picture'>
          <Image className='growth-code__qr' src={picture} mode='aspectFit' showMenuByLongpress />
          <View className='growth-code__picture-side'>
            <Text className='console__hint'>长按图片保存，印在海报或包装上</Text>
            <Text className='console__link growth-code__copy-image' onClick={() => copy(picture)}>
              复制图片地址
            </Text>
          </View>
        </View>
      ) : link ? (
        <View className='console__row'>
          <Text className='growth-code__url'>{link}</Text>
          <Text className='console__link' onClick={() => copy(link)}>
            复制
          </Text>
        </View>
      ) : null}
      {code.expiresAt ? <Text className='console__muted'>有效期至 {formatDateTime(code.expiresAt)}</Text> : null}
    </View>
  )
}

function GrowthPage() {
  const storeId = useStoreId()
  const [campaign, setCampaign] = useState('')
  const [aim, setAim] = useState<Aim>({ kind: 'store' })
  const [products, setProducts] = useState<Product[]>([])
  const [rooms, setRooms] = useState<LiveRoom[]>([])
  const [made, setMade] = useState<Made | null>(null)
  const [busy, runBusy] = useBusy()
  const [problem, setProblem] = useState<string | null>(null)
  const codes = usePagedList((cursor) => listCodes({ storeId, cursor }), [storeId])
  useReachBottom(codes.loadMore)

  useEffect(() => {
    listOwnProducts({ storeId, status: 'on_sale' }).then((page) => setProducts(page.items), () => undefined)
    listRooms(storeId).then(setRooms, () => undefined)
  }, [storeId])

  const make = (kind: 'qr' | 'link') =>
    runBusy(async () => {
      const name = campaign.trim()
      if (Array.from(name).length > MAX_CAMPAIGN_LENGTH) return setProblem(`活动名称最多 ${MAX_CAMPAIGN_LENGTH} 个字`)
      const object = aim.kind === 'product' ? { productId: aim.id } : aim.kind === 'room' ? { roomId: aim.id } : {}
      const target = { storeId, ...object, ...(name ? { campaign: name } : {}) }
      setProblem(null)
      try {
        if (kind === 'qr') {
          setMade({ kind: 'qr', code: await createQrCode(target) })
        } else {
          setMade({ kind: 'link', link: await createLink({ ...target, channel: 'weibo' }) })
        }
        void codes.refresh()
      } catch (error) {
        setProblem(messageOf(error, '生成失败，请稍后重试'))
      }
    })

  const titles = new Map(products.map((p) => [p.id, p.title]))
  const roomTitles = new Map(rooms.map((room) => [room.id, room.title]))
  const chip = (on: boolean) => `choice-chip${on ? ' choice-chip--on' : ''}`
  return (
    <View className='console growth'>
      <View className='console__card'>
        <Text className='console__card-title'>新建推广码</Text>
        <FormField label='活动名称' error={problem ?? undefined} hint='如“春季海报”“微博抽奖”，销售数据会按活动统计' optional>
          <Input className='field__input growth__campaign' value={campaign} placeholder='活动名称' onInput={(e) => setCampaign(e.detail.value)} />
        </FormField>
        <FormField label='推广对象'>
          <View className='choice-chips'>
            <Text className={chip(aim.kind === 'store')} onClick={() => setAim({ kind: 'store' })}>
              整店
            </Text>
            {products.slice(0, 20).map((p) => (
              <Text key={p.id} className={chip(aim.kind === 'product' && aim.id === p.id)} onClick={() => setAim({ kind: 'product', id: p.id })}>
                {p.title}
              </Text>
            ))}
          </View>
        </FormField>
        {rooms.length > 0 ? (
          <FormField label='直播间' hint='扫码或点链接直接进入这场直播'>
            <View className='choice-chips growth__rooms'>
              {rooms.slice(0, 20).map((room) => (
                <Text
                  key={room.id}
                  className={`${chip(aim.kind === 'room' && aim.id === room.id)} growth__room`}
                  onClick={() => setAim({ kind: 'room', id: room.id })}
                >
                  {room.title}
                </Text>
              ))}
            </View>
          </FormField>
        ) : null}
        <View className='growth__buttons'>
          <Button className='console__button growth__make-qr' onClick={() => void make('qr')}>
            {busy ? '生成中…' : '生成小程序码'}
          </Button>
          <Button className='console__button console__button--ghost growth__make-link' onClick={() => void make('link')}>
            生成微博链接
          </Button>
        </View>
        {made?.kind === 'qr' && made.code.image ? (
          <View className='growth__made'>
            <Image className='growth__qr' src={made.code.image} mode='aspectFit' showMenuByLongpress />
            <Text className='console__hint'>长按保存，印在海报或包装上</Text>
          </View>
        ) : null}
        {made?.kind === 'link' ? (
          <View className='growth__made'>
            <Text className='growth-code__url'>{made.link.shortUrl ?? made.link.url}</Text>
            <Button className='console__button growth__copy' onClick={() => copy(made.link.shortUrl ?? made.link.url ?? '')}>
              复制链接
            </Button>
            <Text className='console__hint'>
              {made.link.expiresAt ? `有效期至 ${formatDateTime(made.link.expiresAt)}，` : ''}发到微博后点开即可进入小程序
            </Text>
          </View>
        ) : null}
      </View>
      <View className='console__card'>
        <Text className='console__card-title'>已生成</Text>
        {codes.status === 'error' && codes.items.length === 0 && codes.error ? <ErrorState error={codes.error} onRetry={codes.retry} /> : null}
        {codes.status === 'ready' && codes.items.length === 0 ? <EmptyState title='还没有推广码' hint='生成后会列在这里' /> : null}
        {codes.items.map((code) => (
          <CodeRow key={code.id} code={code} titles={titles} rooms={roomTitles} />
        ))}
      </View>
    </View>
  )
}

export default withPrivacySheet(GrowthPage)
