// merchant.savePost: publishes a post of the merchant's store, or replaces one (every field as
// sent, like saveProduct), any number of times after publishing. Products it links, in
// productIds or as cards in an article's body, must be the same store's.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import {
  bodyProductIds,
  MAX_POST_BODY_LENGTH,
  MAX_POST_IMAGES,
  MAX_POST_PRODUCTS,
  MAX_POST_TITLE_LENGTH,
  parsePostBody,
  POST_KINDS,
  postShapeProblems,
  type Post,
  type PostKind,
} from '../../src/domain/post'
import { bodyImages } from '../../src/domain/post-markup'
import { idSchema } from '../../src/domain/validation'
import { newId } from '../db/ids'
import { posts, products } from '../db/schema'
import { defineOperation, requireOpenid } from '../operation'
import { toPost } from '../post/post-view'
import { hashtagListSchema, imageListSchema, imageRefSchema, textField, videoRefSchema } from './input-fields'
import { checkMerchantText } from './merchant-text'
import { checkNewImages } from '../media/check-images'
import { requireOwnStore } from './own-store'
import { WRITES } from '../limits/rate-limit'

export const savePostInput = z
  .object({
    storeId: idSchema,
    postId: idSchema.optional(),
    kind: z.enum(POST_KINDS as [PostKind, ...PostKind[]], { errorMap: () => ({ message: '类型应为图文、图集或视频' }) }),
    title: textField('标题', MAX_POST_TITLE_LENGTH, { required: true }),
    body: textField('正文', MAX_POST_BODY_LENGTH, { multiline: true }).optional(),
    images: imageListSchema(MAX_POST_IMAGES).optional(),
    videoUrl: z.union([z.literal(''), videoRefSchema]).optional(),
    hashtags: hashtagListSchema.optional(),
    productIds: z.array(idSchema).max(MAX_POST_PRODUCTS, `关联商品最多 ${MAX_POST_PRODUCTS} 件`).optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    const body = input.body ?? ''
    for (const problem of postShapeProblems({ kind: input.kind, body, images: input.images ?? [], videoUrl: input.videoUrl ?? '' })) {
      ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message })
    }
    for (const block of parsePostBody(body)) {
      if (block.type === 'image' && !imageRefSchema.safeParse(block.src).success) {
        ctx.addIssue({ code: 'custom', path: ['body'], message: '正文里的图片地址无效，请重新上传' })
        break
      }
    }
  })

export const savePost = defineOperation({
  input: savePostInput,
  access: 'user',
  rateLimit: WRITES,
  async run(ctx, input): Promise<Post> {
    const openid = requireOpenid(ctx)
    await requireOwnStore(ctx, input.storeId)
    const ofStore = (postId: string) => and(eq(posts.id, postId), eq(posts.storeId, input.storeId), isNull(posts.deletedAt))
    if (input.postId) {
      // Before the content check, so that a wrong id records nothing.
      const [found] = await ctx.db.select({ id: posts.id }).from(posts).where(ofStore(input.postId))
      if (!found) throw new AppError('NOT_FOUND', '动态不存在或已删除')
    }
    const body = input.body ?? ''
    const blocks = parsePostBody(body)
    const productIds = [...new Set(input.productIds ?? [])]
    const linked = [...new Set([...productIds, ...bodyProductIds(blocks)])]
    if (linked.length > 0) {
      const own = await ctx.db
        .select({ id: products.id })
        .from(products)
        .where(and(inArray(products.id, linked), eq(products.storeId, input.storeId)))
      const ownIds = new Set(own.map((row) => row.id))
      const foreign = linked.filter((id) => !ownIds.has(id))
      if (foreign.length > 0) {
        throw new AppError('VALIDATION_FAILED', '只能关联本店的商品', { issues: [{ path: 'productIds', message: '只能关联本店的商品' }], productIds: foreign })
      }
    }
    await checkMerchantText(ctx, {
      openid,
      parts: [input.title, ...blocks.flatMap((block) => (block.type === 'heading' || block.type === 'paragraph' ? [block.text] : [])), ...(input.hashtags ?? [])],
      purpose: 'post',
      scene: 3,
    })
    // Pictures placed in an article's body are the merchant's uploads too.
    await checkNewImages(ctx, { images: [...(input.images ?? []), ...bodyImages(blocks)], openid, scene: 3 })
    const fields = {
      kind: input.kind,
      title: input.title,
      body,
      images: input.images ?? [],
      videoUrl: input.videoUrl ?? '',
      hashtags: input.hashtags ?? [],
      productIds,
    }
    if (input.postId) {
      const [row] = await ctx.db
        .update(posts)
        .set({ ...fields, updatedAt: sql`now()` })
        .where(ofStore(input.postId))
        .returning()
      if (!row) throw new AppError('NOT_FOUND', '动态不存在或已删除')
      return toPost(ctx.db, row, openid)
    }
    const [row] = await ctx.db
      .insert(posts)
      .values({ id: newId(), storeId: input.storeId, ...fields })
      .returning()
    return toPost(ctx.db, row, openid)
  },
})
