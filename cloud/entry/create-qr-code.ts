// entry.createQrCode: a Mini Program code for the caller's store, one of its products or a
// live room, with an optional campaign (e.g. 门店收银台). The same target and campaign give
// the same code again: codes are permanent and printed, so one is enough.
import { and, eq, isNull, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import { encodeScene, pageOf } from '../../src/domain/entry-codec'
import type { EntryCode } from '../../src/domain/entry-wire'
import { AppError } from '../../src/domain/errors'
import type { Column } from 'drizzle-orm'
import { newId } from '../db/ids'
import { entryCodes } from '../db/schema'
import { defineOperation } from '../operation'
import { toCodeView } from './code-view'
import { oneTarget, oneTargetMessage, targetFields } from './schemas'
import { ownedTarget } from './target'
import { WRITES } from '../limits/rate-limit'

export const createQrCodeInput = z.object(targetFields).strict().refine(oneTarget, oneTargetMessage)

const same = (column: Column, value: string | null | undefined): SQL => (value ? eq(column, value) : isNull(column))

export const createQrCode = defineOperation({
  input: createQrCodeInput,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<EntryCode> {
    const { openid, target } = await ownedTarget(ctx, input)
    const productId = target.kind === 'product' ? target.productId : null
    const roomId = target.kind === 'room' ? target.roomId : null
    const campaign = input.campaign ?? null

    const [existing] = await ctx.db
      .select()
      .from(entryCodes)
      .where(
        and(
          eq(entryCodes.kind, 'qr'),
          eq(entryCodes.storeId, input.storeId),
          same(entryCodes.productId, productId),
          same(entryCodes.roomId, roomId),
          same(entryCodes.campaign, campaign),
          isNull(entryCodes.channel),
        ),
      )
      .limit(1)
    if (existing) return toCodeView(existing, ctx.now(), ctx.platform.entryLinks.webBase())

    const id = newId()
    const scene = encodeScene(target, id)
    if (!scene) throw new AppError('VALIDATION_FAILED', '编号过长，无法放进小程序码')
    const page = pageOf(target)
    const { image } = await ctx.platform.entryLinks.createCode({ scene, page })
    const [row] = await ctx.db
      .insert(entryCodes)
      .values({
        id,
        kind: 'qr',
        storeId: input.storeId,
        productId,
        roomId,
        campaign,
        scene,
        path: page,
        // How the platform launches the page: the scene arrives URI-encoded in query.scene.
        query: { scene: encodeURIComponent(scene) },
        url: image,
        createdBy: openid,
      })
      .returning()
    return toCodeView(row, ctx.now(), ctx.platform.entryLinks.webBase())
  },
})
