// Store posts (店铺动态): what a post carries on the wire, the rules of each kind, and the
// article body format shared by the merchant's editor, the cloud's validation and the post page.
//
// An article body is plain text, one block per line, never HTML:
//   # 标题            a heading (one "#" and a space)
//   ![](图片地址)      an image: an uploaded file, cloud:// id or https URL (as product photos)
//   [[商品:ID]]        a product card of the same store, buyable from the post page
//   anything else      a paragraph; blank lines only separate blocks
// Nothing is interpreted inside a paragraph, so no markup or script can reach the page.

export type PostKind = 'article' | 'pictures' | 'video'
export const POST_KINDS: readonly PostKind[] = ['article', 'pictures', 'video']
export const POST_KIND_LABELS: Record<PostKind, string> = { article: '图文', pictures: '图集', video: '视频' }

export const MAX_POST_TITLE_LENGTH = 60
export const MAX_POST_BODY_LENGTH = 5000
export const MAX_POST_BLOCKS = 200
export const MAX_POST_IMAGES = 9
export const MAX_POST_PRODUCTS = 20
export const MAX_POST_COMMENT_LENGTH = 200

export interface Post {
  id: string
  storeId: string
  kind: PostKind
  title: string
  body: string
  images: string[]
  /**
   * Only in the owner's own view: images a media check ruled risky. Everyone else gets them
   * left out of \`images\`.
   */
  flaggedImages?: string[]
  videoUrl: string
  /** The post's own hashtags (topic pages list posts by these). */
  hashtags: string[]
  /** The store's brand hashtags, shown on every post of the store. */
  brandHashtags: string[]
  productIds: string[]
  likes: number
  /** Visible comments. */
  comments: number
  /** True when the caller has liked the post. */
  liked: boolean
  storeName: string
  storeLogo: string
  createdAt: string
  updatedAt: string
}

export interface PostComment {
  id: string
  postId: string
  text: string
  /** held: waiting for the merchant's approval, seen only by its author. */
  status: 'visible' | 'held'
  author: string
  mine: boolean
  createdAt: string
}

export type PostBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'image'; src: string }
  | { type: 'product'; productId: string }

const HEADING = /^#\s+(.+)$/
/** A body line that shows a picture; its address is the first group. */
export const IMAGE_LINE = /^!\[[^\]]{0,40}\]\(([^()\s]{1,512})\)$/
const PRODUCT = /^\[\[商品[:：]\s*([A-Za-z0-9_-]{1,64})\s*\]\]$/

/** The body's blocks, in order. Consecutive text lines form one paragraph. */
export function parsePostBody(body: string): PostBlock[] {
  const blocks: PostBlock[] = []
  let paragraph: string[] = []
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join('\n') })
    paragraph = []
  }
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '') {
      flush()
      continue
    }
    const heading = HEADING.exec(line)
    const image = IMAGE_LINE.exec(line)
    const product = PRODUCT.exec(line)
    if (heading) {
      flush()
      blocks.push({ type: 'heading', text: heading[1].trim() })
    } else if (image) {
      flush()
      blocks.push({ type: 'image', src: image[1] })
    } else if (product) {
      flush()
      blocks.push({ type: 'product', productId: product[1] })
    } else {
      paragraph.push(line)
    }
  }
  flush()
  return blocks
}

/** Product ids named by the body's product cards, once each, in order. */
export function bodyProductIds(blocks: readonly PostBlock[]): string[] {
  return [...new Set(blocks.flatMap((block) => (block.type === 'product' ? [block.productId] : [])))]
}

export interface PostShape {
  kind: PostKind
  body: string
  images: readonly string[]
  videoUrl: string
}

/** What a post of its kind lacks or has too much of, by field; empty when it is complete. */
export function postShapeProblems(post: PostShape): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = []
  if (post.kind === 'article' && post.body.trim() === '') problems.push({ path: 'body', message: '请填写正文' })
  if (post.kind === 'pictures' && post.images.length === 0) problems.push({ path: 'images', message: '图集至少需要 1 张图片' })
  if (post.images.length > MAX_POST_IMAGES) problems.push({ path: 'images', message: `图片最多 ${MAX_POST_IMAGES} 张` })
  if (post.kind === 'video' && post.videoUrl.trim() === '') problems.push({ path: 'videoUrl', message: '请填写视频地址' })
  if (post.kind !== 'video' && post.videoUrl.trim() !== '') problems.push({ path: 'videoUrl', message: '只有视频动态可以填写视频地址' })
  const blocks = parsePostBody(post.body)
  if (blocks.length > MAX_POST_BLOCKS) problems.push({ path: 'body', message: `正文最多 ${MAX_POST_BLOCKS} 段` })
  return problems
}

/** The hashtags a post shows: its own first, then the store's brand ones it does not repeat. */
export function shownPostHashtags(post: Pick<Post, 'hashtags' | 'brandHashtags'>): string[] {
  return [...post.hashtags, ...post.brandHashtags.filter((tag) => !post.hashtags.includes(tag))]
}

/** A short plain-text excerpt of the body for cards: headings and paragraphs only. */
export function postExcerpt(body: string, max = 60): string {
  const text = parsePostBody(body)
    .flatMap((block) => (block.type === 'heading' || block.type === 'paragraph' ? [block.text.replace(/\s+/g, ' ')] : []))
    .join(' ')
  const chars = Array.from(text)
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text
}

/** The picture a card shows: the first image, else the article's first image block. */
export function postCover(post: Pick<Post, 'images' | 'body'>): string {
  if (post.images.length > 0) return post.images[0]
  const image = parsePostBody(post.body).find((block) => block.type === 'image')
  return image && image.type === 'image' ? image.src : ''
}

/**
 * The SKU a linked product's one-tap 加购 adds: its only SKU when that one is in stock. A
 * product with several specs needs the shopper's choice, so the tap opens its page instead.
 */
export function quickBuySku<S extends { stock: number }>(product: { skus: readonly S[] }): S | null {
  return product.skus.length === 1 && product.skus[0].stock > 0 ? product.skus[0] : null
}
