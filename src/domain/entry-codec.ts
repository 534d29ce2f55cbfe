// The entry codec: the launch options of any page (scene number, query, a Mini Program code's
// `query.scene`, referrer data, ad click ids) → one Entry; and back, the wxacode scene and the
// queries of share paths and links. Never throws on launch input: what it cannot read becomes
// a warning, and a malformed code scene makes the whole entry `direct`.
//
// Mini Program code scene format (v1), at most 32 visible characters:
//   key=value pairs joined by "&", keys
//     p  product id     r  live room id     s  store id     c  entry code id (entry_codes.id)
//     h  a web visitor's hand-off code (handoffs.code)
//   exactly one of p / r / s (the page's object), optionally c; values are ids [A-Za-z0-9_-].
//   e.g. "p=Ab3dE6gH9k&c=Zx81LmN0pQ" (25 characters). Only characters WeChat allows in a
//   scene and no "%", so decodeURIComponent(scene) === scene and the platform's encoding
//   (`query.scene` = encodeURIComponent(scene)) decodes back exactly. A campaign name may be
//   Chinese and so never travels in the scene: it is found through the code id (c).
import { isEntrySource, type Entry, type EntrySource } from './entry'

export const MAX_SCENE_LENGTH = 32
export const MAX_CAMPAIGN_LENGTH = 20

/** Pages an entry can open; paths as WeChat reports them (no leading slash). */
export const ENTRY_PAGES = {
  home: 'pages/home/index',
  store: 'pages/home/index',
  product: 'pages/product/index',
  topic: 'pages/topic/index',
  room: 'packages/live/pages/index/index',
  post: 'packages/post/pages/detail/index',
} as const

/** The web landing page for links posted outside WeChat; not part of the Mini Program visit. */
export const LANDING_PAGE = 'packages/entry/pages/landing/index'

const ID = /^[A-Za-z0-9_-]{1,64}$/
const CLICK_ID = /^[A-Za-z0-9_.-]{1,128}$/

/**
 * WeChat scene numbers (场景值) and the source each means. Anything not listed is `direct`
 * unless the query says otherwise.
 */
export const SCENE_SOURCES: Readonly<Record<number, EntrySource>> = {
  // search: top search box, Mini Program search, "used" results, friend search, 搜一搜
  1005: 'search',
  1006: 'search',
  1027: 'search',
  1042: 'search',
  1053: 'search',
  // a share card in a single chat, a group chat, a card carrying a shareTicket
  1007: 'share',
  1008: 'share',
  1044: 'share',
  // an ordinary QR code: scanned, long-pressed, picked from the album
  1011: 'qr',
  1012: 'qr',
  1013: 'qr',
  // a Mini Program code: scanned, long-pressed, picked from the album
  1047: 'wxacode',
  1048: 'wxacode',
  1049: 'wxacode',
  // Moments: the single-page view, and the full Mini Program opened from it
  1154: 'moments',
  1155: 'moments',
  // URL Scheme; URL Link from outside WeChat and from inside it
  1065: 'link',
  1194: 'link',
  1167: 'link',
  // ads in Moments, their detail page, in an Official Account article, native page, ad unit
  1045: 'ad',
  1046: 'ad',
  1067: 'ad',
  1084: 'ad',
  1095: 'ad',
}

/** The single-page (browse-only) mode of a page opened from Moments. */
export const MOMENTS_SINGLE_PAGE_SCENE = 1154

export interface LaunchOptions {
  path?: unknown
  scene?: unknown
  query?: unknown
  referrerInfo?: unknown
  apiCategory?: unknown
}

export type Warn = (message: string) => void

const defaultWarn: Warn = (message) => console.warn(`[entry] ${message}`)

// ─── reading ────────────────────────────────────────────────────────────────────────────────

export interface SceneTarget {
  storeId?: string
  productId?: string
  roomId?: string
  code?: string
  /** A web visitor's hand-off code (see domain/handoff): what they chose before scanning. */
  handoff?: string
}

const SCENE_KEYS: Record<string, keyof SceneTarget> = { s: 'storeId', p: 'productId', r: 'roomId', c: 'code', h: 'handoff' }

/** Reads a wxacode scene, raw or as it arrives URI-encoded in `query.scene`. */
export function decodeScene(raw: string): { ok: true; target: SceneTarget } | { ok: false; reason: string } {
  let scene = raw
  // The platform encodes the scene once; tolerate a runtime that encoded it twice. Our own
  // scenes never contain "%", so anything still encoded after that is not ours.
  for (let round = 0; round < 2 && scene.includes('%'); round++) {
    try {
      scene = decodeURIComponent(scene)
    } catch {
      return { ok: false, reason: `scene 的百分号编码无效：${clip(raw)}` }
    }
  }
  if (scene.includes('%')) return { ok: false, reason: `scene 编码无法识别：${clip(raw)}` }
  if (scene.length === 0) return { ok: false, reason: 'scene 为空' }
  if (scene.length > MAX_SCENE_LENGTH) return { ok: false, reason: `scene 超过 ${MAX_SCENE_LENGTH} 个字符：${clip(scene)}` }

  const target: SceneTarget = {}
  for (const pair of scene.split('&')) {
    const eq = pair.indexOf('=')
    const key = eq > 0 ? pair.slice(0, eq) : pair
    const value = eq > 0 ? pair.slice(eq + 1) : ''
    const field = Object.prototype.hasOwnProperty.call(SCENE_KEYS, key) ? SCENE_KEYS[key] : undefined
    if (!field) return { ok: false, reason: `scene 含未知的键 "${clip(key)}"` }
    if (target[field] !== undefined) return { ok: false, reason: `scene 的键 "${key}" 重复` }
    if (!ID.test(value)) return { ok: false, reason: `scene 的 ${key} 不是合法的编号` }
    target[field] = value
  }
  const objects = [target.storeId, target.productId, target.roomId].filter((id) => id !== undefined)
  if (objects.length !== 1) return { ok: false, reason: 'scene 应当恰好指向一个店铺、商品或直播间' }
  return { ok: true, target }
}

/** Query values as strings; anything else is dropped with a warning. */
export function normalizeQuery(raw: unknown, warn: Warn = defaultWarn): Record<string, string> {
  const query: Record<string, string> = {}
  if (raw === undefined || raw === null) return query
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warn('启动参数 query 不是对象，已忽略')
    return query
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const text = Array.isArray(value) ? value[0] : value
    if (typeof text === 'string') query[key] = text
    else if (typeof text === 'number' || typeof text === 'boolean') query[key] = String(text)
    else warn(`启动参数 ${clip(key)} 不是文本，已忽略`)
  }
  return query
}

/** A campaign name as stored: NFKC, trimmed, inner spaces collapsed, 1–20 characters, printable. */
export function normalizeCampaign(raw: string): string | null {
  const text = raw.normalize('NFKC').trim().replace(/\s+/g, ' ')
  const length = Array.from(text).length
  if (length < 1 || length > MAX_CAMPAIGN_LENGTH) return null
  if (/[\p{Cc}\p{Cf}]/u.test(text)) return null
  return text
}

/** WeChat reports page paths without a leading slash; links and shares may carry one. */
export function normalizePath(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined
  const path = raw.split('?')[0].replace(/^\/+/, '').replace(/\.html$/, '')
  return path === '' ? undefined : path
}

export function sceneNumberOf(raw: unknown): number | undefined {
  const scene = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw
  return typeof scene === 'number' && Number.isInteger(scene) && scene >= 1000 && scene <= 9999 ? scene : undefined
}

/** A page opened from Moments runs read-only: no login, no payment, no navigation. */
export function isBrowseOnly(options: LaunchOptions | null | undefined): boolean {
  if (!options) return false
  return sceneNumberOf(options.scene) === MOMENTS_SINGLE_PAGE_SCENE || options.apiCategory === 'browseOnly'
}

/** Attribution keys another Mini Program may hand over in referrerInfo.extraData. */
const REFERRER_KEYS = ['src', 'campaign', 'sharer', 'storeId', 'productId', 'roomId', 'c'] as const

function referrerQuery(raw: unknown): Record<string, string> {
  if (!raw || typeof raw !== 'object') return {}
  const extra = (raw as { extraData?: unknown }).extraData
  if (!extra || typeof extra !== 'object') return {}
  const picked: Record<string, string> = {}
  for (const key of REFERRER_KEYS) {
    const value = (extra as Record<string, unknown>)[key]
    if (typeof value === 'string') picked[key] = value
  }
  return picked
}

/**
 * Turns launch options into an Entry. Source, strongest first: an ad click id; the `src`
 * query parameter (a Weibo URL Link arrives as 1194 with src=weibo); the scene number; a
 * Mini Program code scene in the query; else direct.
 */
export function parseLaunch(options: LaunchOptions | null | undefined, warn: Warn = defaultWarn): Entry {
  const scene = sceneNumberOf(options?.scene)
  if (options?.scene !== undefined && options.scene !== null && options.scene !== 0 && scene === undefined) {
    warn(`场景值无效：${clip(String(options.scene))}`)
  }
  const base: Entry = scene === undefined ? { source: 'direct' } : { source: 'direct', scene }
  const query = { ...referrerQuery(options?.referrerInfo), ...normalizeQuery(options?.query, warn) }
  const path = normalizePath(options?.path)

  let fromScene: SceneTarget | undefined
  if (query.scene !== undefined) {
    const decoded = decodeScene(query.scene)
    if (!decoded.ok) {
      warn(decoded.reason)
      return base
    }
    fromScene = decoded.target
  }

  const entry: Entry = { ...base, source: sourceOf(scene, query, fromScene !== undefined, warn) }
  const id = (key: string, value: string | undefined): string | undefined => {
    if (value === undefined || value === '') return undefined
    if (ID.test(value)) return value
    warn(`${key} 不是合法的编号，已忽略`)
    return undefined
  }
  const target: SceneTarget = fromScene ?? {
    storeId: id('storeId', query.storeId),
    productId: id('productId', query.productId ?? (path === ENTRY_PAGES.product ? query.id : undefined)),
    roomId: id('roomId', query.roomId ?? query.room),
    code: id('c', query.c),
  }
  if (target.storeId) entry.storeId = target.storeId
  if (target.productId) entry.productId = target.productId
  if (target.roomId) entry.roomId = target.roomId
  if (target.code) entry.code = target.code

  if (query.campaign !== undefined) {
    const campaign = normalizeCampaign(query.campaign)
    if (campaign) entry.campaign = campaign
    else warn('campaign 无效，已忽略')
  }
  const sharer = id('sharer', query.sharer)
  if (sharer) entry.sharer = sharer
  const clickId = [query.gdt_vid, query.weixinadinfo].find((value) => value !== undefined && CLICK_ID.test(value))
  if (clickId) entry.clickId = clickId
  return entry
}

function sourceOf(scene: number | undefined, query: Record<string, string>, hasCodeScene: boolean, warn: Warn): EntrySource {
  if (query.gdt_vid || query.weixinadinfo) return 'ad'
  if (query.src !== undefined) {
    if (isEntrySource(query.src)) return query.src
    warn(`src 取值未知：${clip(query.src)}`)
  }
  if (scene !== undefined && SCENE_SOURCES[scene]) return SCENE_SOURCES[scene]
  // H5 has no scene numbers: a code scene in the query is what the local code twin opens.
  if (hasCodeScene) return 'wxacode'
  return 'direct'
}

/** The ids a page was opened with, as plain parameters or packed in a wxacode scene. */
export function pageIds(params: Partial<Record<string, string | undefined>>): Omit<SceneTarget, 'code'> {
  if (params.scene !== undefined) {
    const decoded = decodeScene(params.scene)
    if (!decoded.ok) return {}
    const { storeId, productId, roomId } = decoded.target
    return { storeId, productId, roomId }
  }
  const valid = (value: string | undefined) => (value !== undefined && ID.test(value) ? value : undefined)
  return {
    storeId: valid(params.storeId),
    productId: valid(params.productId ?? params.id),
    roomId: valid(params.roomId ?? params.room),
  }
}

// ─── writing ────────────────────────────────────────────────────────────────────────────────

/** What a code, link or share opens. */
export type EntryTarget =
  | { kind: 'home' }
  | { kind: 'store'; storeId: string }
  | { kind: 'product'; productId: string; storeId?: string }
  | { kind: 'room'; roomId: string; storeId?: string }
  | { kind: 'topic'; tag: string; storeId?: string }
  /** A store post: its visits are credited to the store (storeId travels in the query). */
  | { kind: 'post'; postId: string; storeId: string }

/** What a merchant's code or link can open. */
export type CodeTarget = Extract<EntryTarget, { kind: 'store' | 'product' | 'room' }>

/** The scene of a Mini Program code, or null when it would not fit 32 characters. */
export function encodeScene(target: CodeTarget, code?: string): string | null {
  const object =
    target.kind === 'product' ? `p=${target.productId}` : target.kind === 'room' ? `r=${target.roomId}` : `s=${target.storeId}`
  const scene = code === undefined ? object : `${object}&c=${code}`
  const check = decodeScene(scene)
  return check.ok && scene.length <= MAX_SCENE_LENGTH ? scene : null
}

export function pageOf(target: EntryTarget): string {
  return ENTRY_PAGES[target.kind]
}

/** The page's own parameters for a target (product pages read `id`). */
export function targetParams(target: EntryTarget): Record<string, string> {
  switch (target.kind) {
    case 'home':
      return {}
    case 'store':
      return { storeId: target.storeId }
    case 'product':
      return { id: target.productId }
    case 'room':
      return target.storeId ? { roomId: target.roomId, storeId: target.storeId } : { roomId: target.roomId }
    case 'topic':
      return target.storeId ? { tag: target.tag, storeId: target.storeId } : { tag: target.tag }
    case 'post':
      return { postId: target.postId, storeId: target.storeId }
  }
}

export function toQueryString(query: Record<string, string>): string {
  return Object.entries(query)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&')
}

export function parseQueryString(text: string): Record<string, string> {
  const query: Record<string, string> = {}
  for (const pair of text.replace(/^\?/, '').split('&')) {
    if (!pair) continue
    const eq = pair.indexOf('=')
    const key = eq >= 0 ? pair.slice(0, eq) : pair
    const value = eq >= 0 ? pair.slice(eq + 1) : ''
    try {
      query[decodeURIComponent(key.replace(/\+/g, ' '))] = decodeURIComponent(value.replace(/\+/g, ' '))
    } catch {
      // A pair we cannot decode is left out; the codec reports what is missing.
    }
  }
  return query
}

/** Query of a share card (src=share) or a Moments post (src=moments), naming the sharer. */
export function shareQuery(target: EntryTarget, via: 'share' | 'moments', sharer?: string | null): Record<string, string> {
  const query: Record<string, string> = { ...targetParams(target), src: via }
  if (sharer && ID.test(sharer)) query.sharer = sharer
  return query
}

/** onShareAppMessage's path: starts with "/", carries the attribution query. */
export function sharePath(target: EntryTarget, sharer?: string | null): string {
  return `/${pageOf(target)}?${toQueryString(shareQuery(target, 'share', sharer))}`
}

export type LinkChannel = 'weibo' | 'web'

/** Query of a URL Link: the page's parameters, the source, the campaign and the link's id. */
export function linkQuery(
  target: CodeTarget,
  options: { channel: LinkChannel; campaign?: string | null; code: string },
): Record<string, string> {
  const query: Record<string, string> = { ...targetParams(target), src: options.channel === 'weibo' ? 'weibo' : 'link' }
  if (options.campaign) query.campaign = options.campaign
  query.c = options.code
  return query
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}
