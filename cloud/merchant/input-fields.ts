// Zod pieces shared by the merchant and review payloads: text counted in characters (as the
// forms count), stored image references, hashtag lists normalised by the domain's rules.
import { z } from 'zod'
import { describeHashtagProblem, normalizeHashtags } from '../../src/domain/hashtags'

/** PostgreSQL text and jsonb cannot hold NUL; other control characters make no sense in a name. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text)
}

/** Trimmed text of at most `max` characters (code points); `required` refuses an empty one. */
export function textField(label: string, max: number, options: { required?: boolean; multiline?: boolean } = {}) {
  return z
    .string()
    .max(max * 4 + 64, `${label}最多 ${max} 个字`)
    .transform((text) => text.trim())
    .superRefine((text, ctx) => {
      const length = Array.from(text).length
      if (options.required && length === 0) ctx.addIssue({ code: 'custom', message: `请填写${label}` })
      else if (length > max) ctx.addIssue({ code: 'custom', message: `${label}最多 ${max} 个字` })
      else if (hasControlCharacters(text) || (!options.multiline && /[\r\n]/.test(text))) {
        ctx.addIssue({ code: 'custom', message: `${label}包含无法识别的字符` })
      }
    })
}

/**
 * Where a photo lives: a file the local cloud stores (/files/uploads/…, or the demo's
 * /files/demo/…), a WeChat cloud file id (cloud://…) or an https URL.
 */
const IMAGE_REF = /^(\/files\/(uploads|demo)\/[A-Za-z0-9_.\/-]{1,200}|cloud:\/\/[\x21-\x7e]{1,400}|https:\/\/[\x21-\x7e]{1,400})$/

export const imageRefSchema = z
  .string()
  .max(512, '图片地址太长')
  .regex(IMAGE_REF, '图片地址无效，请重新上传')
  .refine((ref) => !ref.includes('..'), '图片地址无效，请重新上传')

/** A video's address: the same places a photo may live. */
export const videoRefSchema = z
  .string()
  .max(512, '视频地址太长')
  .regex(IMAGE_REF, '视频地址无效：请填写 https 地址或重新上传')
  .refine((ref) => !ref.includes('..'), '视频地址无效：请填写 https 地址或重新上传')

export function imageListSchema(max: number) {
  return z.array(imageRefSchema).max(max, `图片最多 ${max} 张`)
}

/** Up to 5 hashtags after normalising (duplicates collapse); a sixth is a field error. */
export const hashtagListSchema = z
  .array(z.string().max(64, '话题最多 20 个字'))
  .max(20, '话题最多 5 个')
  .transform((tags, ctx) => {
    if (tags.some(hasControlCharacters)) {
      ctx.addIssue({ code: 'custom', message: '话题包含无法识别的字符' })
      return z.NEVER
    }
    const result = normalizeHashtags(tags)
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: describeHashtagProblem(result.problem) })
      return z.NEVER
    }
    return result.tags
  })
