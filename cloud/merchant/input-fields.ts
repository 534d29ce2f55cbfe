// Zod pieces shared by the merchant and review payloads: text counted in characters (as the
// forms count), stored image references, hashtag lists normalised by the domain's rules.
import { z } from 'zod'
import { describeHashtagProblem, MAX_HASHTAG_LENGTH, normalizeHashtags } from '../../src/domain/hashtags'
import { multilineText, text } from '../../src/domain/text-schema'

/**
 * Trimmed text of at most `max` characters (code points); `required` refuses an empty one;
 * `name` drops invisible characters (a store name must look like what it is).
 */
export function textField(label: string, max: number, options: { required?: boolean; multiline?: boolean; name?: boolean } = {}) {
  const build = options.multiline ? multilineText : text
  return build({ label, max, min: options.required ? 1 : 0, trim: true, name: options.name })
}

/**
 * Where a photo lives: a file the local cloud stores (/files/uploads/…, or the demo's
 * /files/demo/…), a WeChat cloud file id (cloud://…) or an https URL.
 */
const IMAGE_REF = /^(\/files\/(uploads|demo)\/[A-Za-z0-9_./-]{1,200}|cloud:\/\/[\x21-\x7e]{1,400}|https:\/\/[\x21-\x7e]{1,400})$/

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
  // 64 only bounds the work before normalising; normalizeHashtags holds the 20-character rule.
  .array(text({ label: '话题', max: 64, tooLongMessage: `话题最多 ${MAX_HASHTAG_LENGTH} 个字` }))
  .max(20, '话题最多 5 个')
  .transform((tags, ctx) => {
    const result = normalizeHashtags(tags)
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: describeHashtagProblem(result.problem) })
      return z.NEVER
    }
    return result.tags
  })
