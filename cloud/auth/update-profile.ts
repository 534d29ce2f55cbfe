// auth.updateProfile { nickname?, avatarUrl? } → User. The nickname comes from WeChat's nickname
// input and the avatar from the chooseAvatar button; the nickname still passes content security
// (scene 1, profile) because it is shown beside the shopper's reviews and comments.
import { z } from 'zod'
import { isAvatarUrl, normalizeNickname, NICKNAME_MAX } from '../../src/domain/account'
import { AppError } from '../../src/domain/errors'
import { checkText } from '../content/check-text'
import { checkNewImages } from '../media/check-images'
import { users } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { loadUser } from './user-view'
import { WRITES } from '../limits/rate-limit'
import { text } from '../../src/domain/text-schema'

const input = z
  .object({
    nickname: text({ max: NICKNAME_MAX * 4 })
      .transform((value, issue) => {
        const name = normalizeNickname(value)
        if (name === null) issue.addIssue({ code: z.ZodIssueCode.custom, message: `昵称应为 1–${NICKNAME_MAX} 个字` })
        return name ?? ''
      })
      .optional(),
    avatarUrl: text({ max: 64 * 1024 })
      .refine(isAvatarUrl, '头像地址不正确')
      .optional(),
  })
  .strict()
  .refine((value) => value.nickname !== undefined || value.avatarUrl !== undefined, '请提供昵称或头像')

export const updateProfile = defineOperation({
  input,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, patch) {
    const openid = requireOpenid(ctx)
    if (patch.nickname !== undefined) {
      const status = await checkText(ctx, { text: patch.nickname, openid, scene: 1, purpose: 'nickname' })
      // No one reviews a nickname later, so text that WeChat would hold for review is refused too.
      if (status === 'held') throw new AppError('CONTENT_RISKY', '昵称含有不当信息，请换一个')
    }
    await checkNewImages(ctx, { images: [patch.avatarUrl], openid, scene: 1 })
    const now = ctx.now()
    const set = { ...patch, updatedAt: now }
    await ctx.db
      .insert(users)
      .values({ openid, nickname: patch.nickname ?? '', avatarUrl: patch.avatarUrl ?? '', createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: users.openid, set })
    return loadUser(ctx.db, openid)
  },
})
