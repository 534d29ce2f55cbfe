// The article body's markup as the editor writes it and the cloud reads it: picture and product
// card lines, inserting one at the cursor, and the pictures a body shows. Apart from post.ts,
// which the main package bundles (post cards on the store home).
import { IMAGE_LINE, type PostBlock } from './post'

/** The body line that shows a picture (the stored format parsePostBody reads). */
export function imageMarkup(src: string): string {
  return `![](${src})`
}

/** The body line that shows a product card. */
export function productMarkup(productId: string): string {
  return `[[商品:${productId}]]`
}

/**
 * Puts a block line (a picture, a product card) into the body at `cursor` (a character offset;
 * past the end or unknown: the end), on a line of its own: a line being written is split there.
 * Answers the new body and the offset just after the inserted line, for the next insertion.
 */
export function insertBodyLine(body: string, line: string, cursor?: number | null): { body: string; cursor: number } {
  const at = cursor === undefined || cursor === null || cursor < 0 || cursor > body.length ? body.length : cursor
  const before = body.slice(0, at)
  const after = body.slice(at)
  const head = before === '' || before.endsWith('\n') ? before : `${before}\n`
  const inserted = `${head}${line}`
  const tail = after === '' ? '' : after.startsWith('\n') ? after : `\n${after}`
  return { body: `${inserted}${tail}`, cursor: inserted.length }
}

/** The pictures the body shows, once each, in order: user media like a post's own images. */
export function bodyImages(blocks: readonly PostBlock[]): string[] {
  return [...new Set(blocks.flatMap((block) => (block.type === 'image' ? [block.src] : [])))]
}

/** The body without the picture lines whose address `hidden` names (a media check ruled them risky). */
export function withoutBodyImages(body: string, hidden: (src: string) => boolean): string {
  return body
    .split(/\r?\n/)
    .filter((line) => {
      const image = IMAGE_LINE.exec(line.trim())
      return !image || !hidden(image[1])
    })
    .join('\n')
}
