// Hashtag (话题) rules of DESIGN.md section 3, applied when storing and when looking up, so
// "#OOTD", "ootd", "＃ＯＯＴＤ" and "o<zero-width joiner>otd" are one topic.
import { dropInvisible } from './text'

export const MAX_HASHTAGS = 5
export const MAX_HASHTAG_LENGTH = 20

/** Normalises one hashtag; returns null when nothing usable is left or it is too long. */
export function normalizeHashtag(raw: string): string | null {
  // Invisible characters go first: a tag that looks like another must be that other.
  let tag = dropInvisible(raw).normalize('NFKC').trim()
  // NFKC has already turned a full-width "＃" into "#"; drop one, the rest is text.
  if (tag.startsWith('#')) tag = tag.slice(1).trim()
  tag = tag.replace(/\s+/g, ' ').replace(/\p{Script=Latin}+/gu, (latin) => latin.toLowerCase())
  const length = Array.from(tag).length
  if (length < 1 || length > MAX_HASHTAG_LENGTH) return null
  return tag
}

export type HashtagProblem =
  | { kind: 'invalid'; index: number; value: string }
  | { kind: 'too_many'; count: number; max: number }

/**
 * Normalises a list for storing: duplicates (after normalising) collapse into one, an
 * unusable tag or a sixth distinct tag is a problem to report, never silently dropped.
 */
export function normalizeHashtags(
  raw: readonly string[],
  max: number = MAX_HASHTAGS,
): { ok: true; tags: string[] } | { ok: false; problem: HashtagProblem } {
  const tags: string[] = []
  for (const [index, value] of raw.entries()) {
    const tag = normalizeHashtag(value)
    if (tag === null) return { ok: false, problem: { kind: 'invalid', index, value } }
    if (!tags.includes(tag)) tags.push(tag)
  }
  if (tags.length > max) return { ok: false, problem: { kind: 'too_many', count: tags.length, max } }
  return { ok: true, tags }
}

export function describeHashtagProblem(problem: HashtagProblem): string {
  return problem.kind === 'too_many'
    ? `话题最多 ${problem.max} 个，当前 ${problem.count} 个`
    : `话题“${problem.value}”无效：需为 1–${MAX_HASHTAG_LENGTH} 个字`
}

/**
 * The topic chips to show below a header that already shows `shown` (a store's own hashtags):
 * the same tag twice on one screen is noise.
 */
export function topicsBesides<T extends { hashtag: string }>(topics: readonly T[], shown: readonly string[]): T[] {
  const seen = new Set(shown.map((tag) => tag.toLowerCase()))
  return topics.filter((topic) => !seen.has(topic.hashtag.toLowerCase()))
}
