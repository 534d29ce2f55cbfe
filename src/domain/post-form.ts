// The post editor's checks before it saves: the same rules the cloud applies (postShapeProblems),
// plus what the form itself asks for, by field, so the page only shows them.
import type { FieldErrors } from './field-errors'
import { MAX_POST_PRODUCTS, postShapeProblems, type PostKind } from './post'

export interface PostFormFields {
  kind: PostKind
  title: string
  body: string
  images: readonly string[]
  videoUrl: string
}

/** What stops the form from being saved, by field; empty when it may go. A video address typed before switching kind is dropped, not an error. */
export function postFormProblems(form: PostFormFields): FieldErrors {
  const found: FieldErrors = {}
  if (form.title.trim() === '') found.title = '请填写标题'
  for (const issue of postShapeProblems({ ...form, videoUrl: form.kind === 'video' ? form.videoUrl : '' })) found[issue.path] ??= issue.message
  return found
}

/** Linking or unlinking a product: the new list, or why it cannot be linked. */
export function toggleLinkedProduct(productIds: readonly string[], id: string): { productIds: string[] } | { error: string } {
  if (productIds.includes(id)) return { productIds: productIds.filter((p) => p !== id) }
  if (productIds.length >= MAX_POST_PRODUCTS) return { error: `关联商品最多 ${MAX_POST_PRODUCTS} 件` }
  return { productIds: [...productIds, id] }
}
