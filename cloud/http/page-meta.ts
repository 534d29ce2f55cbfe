// Writes a page's title, description and Open Graph tags into the H5 build's index.html.
// Every value is text a merchant wrote, so each is escaped for an attribute (or the title's
// text) and nothing else of the page changes: the inline script, and so the CSP hash of it,
// stays byte for byte what the build wrote.

export interface PageMeta {
  /** og:type: product, article or website. */
  type: 'product' | 'article' | 'website'
  title: string
  description: string
  /** An absolute URL, or '' for none. */
  image: string
  /** The page's own absolute URL. */
  url: string
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char])
}

/** One line, at most `max` characters (by code point), with … when cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim())
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('')
}

export function metaTags(meta: PageMeta): string {
  const title = escapeHtml(clip(meta.title, 80))
  const description = escapeHtml(clip(meta.description, 150))
  const tags = [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}">`,
    `<meta property="og:type" content="${meta.type}">`,
    `<meta property="og:title" content="${title}">`,
    `<meta property="og:description" content="${description}">`,
    `<meta property="og:url" content="${escapeHtml(meta.url)}">`,
    `<meta property="og:site_name" content="小店">`,
  ]
  if (meta.image) {
    tags.push(`<meta property="og:image" content="${escapeHtml(meta.image)}">`, `<meta name="twitter:card" content="summary_large_image">`)
  }
  return tags.join('\n  ')
}

/**
 * The built page with its <title> and description replaced by the page's own tags. A page
 * without a <title> gets them at the end of <head>.
 */
export function withPageMeta(html: string, meta: PageMeta): string {
  const tags = metaTags(meta)
  const bare = html.replace(/<meta\s+name=["']?description["']?[^>]*>\s*/i, '')
  if (/<title>[^<]*<\/title>/i.test(bare)) return bare.replace(/<title>[^<]*<\/title>/i, () => tags)
  return bare.replace(/<\/head>/i, () => `${tags}\n</head>`)
}

/**
 * An absolute URL for an image reference: https URLs as they are, paths on this server under
 * its public address; anything else (cloud:// ids a browser cannot load) is no image.
 */
export function absoluteImage(image: string, origin: string): string {
  if (/^https:\/\//i.test(image)) return image
  if (image.startsWith('/') && !image.startsWith('//')) return `${origin}${image}`
  return ''
}
