// What the demo store shows under 直播 and 动态 on first run: one scheduled room with pinned
// goods and two posts (an article with a picture and a product card, a picture set). Seeded
// with the store, in its transaction, so a later start finds them and adds nothing.
import type { Tx } from '../db/client'
import { newId } from '../db/ids'
import { liveRooms, posts } from '../db/schema'
import { LIVE_STATUS } from '../../src/domain/live-status'
import { normalizeHashtags } from '../../src/domain/hashtags'
import { demoImagePath } from './demo-images'

/** The demo room's number in the local live twin (the one platform the demo runs on). */
export const DEMO_ROOM_PLATFORM_ID = 'demo-room-1'
export const DEMO_ROOM_TITLE = '山野上新夜 · 手作好物'
export const DEMO_POST_TITLES = ['景德镇拉坯师傅的一天', '本周上新：竹编与花器'] as const

const HOUR = 3_600_000

/** The next 20:00 Beijing time (12:00 UTC) at least 12 hours away: a room a newcomer sees as 预告. */
export function demoRoomStart(now: Date): Date {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 12))
  start.setUTCDate(start.getUTCDate() + (start.getTime() - now.getTime() < 12 * HOUR ? 1 : 0))
  return start
}

function tags(list: string[]): string[] {
  const result = normalizeHashtags(list)
  if (!result.ok) throw new Error(`demo hashtags break the rules: ${list.join(', ')}`)
  return result.tags
}

/** `productIdByTitle`: the demo products just inserted. */
export async function seedDemoContent(tx: Tx, storeId: string, productIdByTitle: Map<string, string>, now = new Date()): Promise<void> {
  const id = (title: string) => {
    const found = productIdByTitle.get(title)
    if (!found) throw new Error(`demo content names an unknown product: ${title}`)
    return found
  }
  const startAt = demoRoomStart(now)
  await tx.insert(liveRooms).values({
    id: newId(),
    storeId,
    platformRoomId: DEMO_ROOM_PLATFORM_ID,
    title: DEMO_ROOM_TITLE,
    cover: demoImagePath('shop', 5),
    anchorName: '山野店主',
    startAt,
    endAt: new Date(startAt.getTime() + 2 * HOUR),
    status: LIVE_STATUS.notStarted,
    productIds: [id('手工陶瓷马克杯'), id('手作香薰蜡烛'), id('竹编收纳篮')],
    statusChangedAt: now,
    syncedAt: now,
  })
  const mug = id('手工陶瓷马克杯')
  await tx.insert(posts).values([
    {
      id: newId(),
      storeId,
      kind: 'article',
      title: DEMO_POST_TITLES[0],
      body: [
        '# 一只杯子要走七十二道工序',
        '清晨六点，师傅已经坐在拉坯机前。泥料揉过三遍，才不会在窑里开裂。',
        `![](${demoImagePath('mug', 4)})`,
        '每只杯子的釉色都略有不同，这是柴窑给的礼物。',
        `[[商品:${mug}]]`,
      ].join('\n'),
      hashtags: tags(['手作']),
      productIds: [mug],
      createdAt: new Date(now.getTime() - 2 * HOUR),
      updatedAt: new Date(now.getTime() - 2 * HOUR),
    },
    {
      id: newId(),
      storeId,
      kind: 'pictures',
      title: DEMO_POST_TITLES[1],
      body: '安吉的竹编篮和手工吹制的气泡花瓶到货了，放在窗边刚刚好。',
      images: [demoImagePath('basket', 2), demoImagePath('vase', 6), demoImagePath('basket', 7)],
      hashtags: tags(['家居']),
      productIds: [id('竹编收纳篮'), id('复古玻璃花瓶')],
      createdAt: new Date(now.getTime() - HOUR),
      updatedAt: new Date(now.getTime() - HOUR),
    },
  ])
}
