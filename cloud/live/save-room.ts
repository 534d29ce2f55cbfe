// merchant.saveLiveRoom: schedule a live room for the store (or change one) and pin products
// to it. The platform is asked first, so a room number it does not know is refused before
// anything is written; the saved room carries the platform's status and schedule.
import { and, eq, inArray, ne } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import { isLiveStatus, type LiveRoom } from '../../src/domain/live'
import { LIVE_STATUS } from '../../src/domain/live-status'
import { idSchema } from '../../src/domain/validation'
import type { Ctx } from '../context'
import { newId } from '../db/ids'
import { liveRooms, products } from '../db/schema'
import { defineOperation } from '../operation'
import { knownRoom } from './refresh'
import { remindSubscribers } from './remind'
import { findRoom, toLiveRoom } from './room-view'
import { WRITES } from '../limits/rate-limit'
import { requireOwnStore } from '../merchant/own-store'
import { text } from '../../src/domain/text-schema'
import { checkNewImages } from '../media/check-images'

/** WeChat allows a room to last at most 24 hours. */
const MAX_DURATION_MS = 24 * 3_600_000
export const MAX_PINNED_PRODUCTS = 50

const isoTime = z
  .string()
  .datetime({ offset: true, message: '时间格式应为 ISO 8601，例如 2026-11-25T20:00:00+08:00' })
  .transform((value) => new Date(value))
const mediaUrl = text({ max: 1024, trim: true }).refine((url) => /^(https?:\/\/\S+|\/\S+)?$/.test(url), '应为 http(s) 链接或站内路径')
const playUrl = text({ max: 1024, trim: true }).refine((url) => /^(https?:\/\/\S+)?$/.test(url), '应为 http(s) 链接')

export const saveLiveRoomInput = z
  .object({
    storeId: idSchema,
    roomId: idSchema.optional(),
    title: text({ max: 40, min: 1, trim: true }),
    cover: mediaUrl.optional(),
    anchorName: text({ max: 20, trim: true, name: true }).optional(),
    startAt: isoTime,
    endAt: isoTime,
    productIds: z.array(idSchema).max(MAX_PINNED_PRODUCTS),
    /** The room number from WeChat's live console; the local twin opens a room when absent. */
    platformRoomId: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, '房间号格式不正确').optional(),
    streamUrl: playUrl.optional(),
    replayUrl: playUrl.optional(),
  })
  .strict()
  .superRefine((input, issues) => {
    const duration = input.endAt.getTime() - input.startAt.getTime()
    if (duration <= 0) issues.addIssue({ code: z.ZodIssueCode.custom, path: ['endAt'], message: '结束时间应晚于开始时间' })
    else if (duration > MAX_DURATION_MS) issues.addIssue({ code: z.ZodIssueCode.custom, path: ['endAt'], message: '一场直播最长 24 小时' })
  })

type Input = z.output<typeof saveLiveRoomInput>

/** The pinned ids, once each and in the merchant's order; every one must be this store's. */
async function pinnedProducts(ctx: Ctx, storeId: string, productIds: string[]): Promise<string[]> {
  const unique = [...new Set(productIds)]
  if (unique.length === 0) return unique
  const found = await ctx.db
    .select({ id: products.id })
    .from(products)
    .where(and(inArray(products.id, unique), eq(products.storeId, storeId)))
  const ours = new Set(found.map((row) => row.id))
  const foreign = unique.filter((id) => !ours.has(id))
  if (foreign.length > 0) throw new AppError('VALIDATION_FAILED', '挂载的商品不存在或不属于本店', { productIds: foreign })
  return unique
}

async function refuseTakenRoomNumber(ctx: Ctx, platformRoomId: string, roomId?: string): Promise<void> {
  const where = roomId
    ? and(eq(liveRooms.platformRoomId, platformRoomId), ne(liveRooms.id, roomId))
    : eq(liveRooms.platformRoomId, platformRoomId)
  const [taken] = await ctx.db.select({ id: liveRooms.id }).from(liveRooms).where(where).limit(1)
  if (taken) throw new AppError('VALIDATION_FAILED', '这个房间号已关联了另一场直播', { platformRoomId })
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown; cause?: { code?: unknown } })?.code ?? (error as { cause?: { code?: unknown } })?.cause?.code
  return code === '23505'
}

export const saveLiveRoom = defineOperation({
  input: saveLiveRoomInput,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input: Input): Promise<LiveRoom> {
    await requireOwnStore(ctx, input.storeId, '只能管理自己店铺的直播')
    const existing = input.roomId ? await findRoom(ctx.db, input.roomId) : null
    if (existing && existing.storeId !== input.storeId) throw new AppError('NOT_FOUND', '直播间不存在')
    const productIds = await pinnedProducts(ctx, input.storeId, input.productIds)

    const schedule = {
      title: input.title,
      cover: input.cover ?? existing?.cover ?? '',
      anchorName: input.anchorName ?? existing?.anchorName ?? '',
      startAt: input.startAt,
      endAt: input.endAt,
    }
    const platformRoomId = input.platformRoomId ?? existing?.platformRoomId ?? (await ctx.platform.live.openRoom(schedule))
    await refuseTakenRoomNumber(ctx, platformRoomId, existing?.id)
    const [reported] = await ctx.platform.live.getRooms([knownRoom({ ...schedule, platformRoomId })], ctx.now())
    if (!reported) throw new AppError('VALIDATION_FAILED', '小程序直播后台没有这个房间号，请核对后再试', { platformRoomId })
    // A cover the merchant supplies is user media like a post's pictures; one the live
    // platform reports was checked there.
    await checkNewImages(ctx, { images: [input.cover], openid: ctx.identity!.openid, scene: 3 })

    const now = ctx.now()
    const values = {
      ...schedule,
      platformRoomId,
      // The stream follows the platform's schedule; ours shows what the platform will do.
      startAt: reported.startAt,
      endAt: reported.endAt,
      anchorName: schedule.anchorName || reported.anchorName,
      cover: schedule.cover || reported.cover,
      status: isLiveStatus(reported.status) ? reported.status : (existing?.status ?? LIVE_STATUS.notStarted),
      productIds,
      streamUrl: input.streamUrl ?? existing?.streamUrl ?? '',
      replayUrl: input.replayUrl ?? existing?.replayUrl ?? '',
      syncedAt: now,
      updatedAt: now,
    }
    let saved
    try {
      saved = existing
        ? (
            await ctx.db
              .update(liveRooms)
              .set({ ...values, statusChangedAt: existing.status === values.status ? existing.statusChangedAt : now })
              .where(eq(liveRooms.id, existing.id))
              .returning()
          )[0]
        : (
            await ctx.db
              .insert(liveRooms)
              .values({ id: newId(), storeId: input.storeId, ...values, statusChangedAt: now })
              .returning()
          )[0]
    } catch (error) {
      // Two saves racing for the same room number: the unique index lets one win.
      if (isUniqueViolation(error)) throw new AppError('VALIDATION_FAILED', '这个房间号已关联了另一场直播', { platformRoomId })
      throw error
    }
    await remindSubscribers(ctx, saved)
    return toLiveRoom(ctx.db, saved, ctx.identity?.openid)
  },
})
