// A store as its owner edits it, and the three steps of opening one: name and logo → intro
// and category → brand hashtags and pickup address. Each step checks only its own fields.
import type { Store } from './catalog'
import type { FieldErrors } from './field-errors'
import type { StoreRole } from './staff-roles'
import { describeHashtagProblem, normalizeHashtags } from './hashtags'

export const MAX_STORE_NAME_LENGTH = 30
export const MAX_STORE_INTRO_LENGTH = 200
export const MAX_PICKUP_ADDRESS_LENGTH = 100
/** More stores than this per OPENID looks like abuse, not a small merchant. */
export const MAX_STORES_PER_OWNER = 10

/** E-commerce categories a store sells in (the live-room eligibility asks for one). */
export const STORE_CATEGORIES = [
  '服饰鞋包',
  '美妆个护',
  '食品生鲜',
  '家居日用',
  '数码家电',
  '母婴玩具',
  '图书文创',
  '手工艺品',
  '宠物用品',
  '其他',
] as const

export type StoreCategory = (typeof STORE_CATEGORIES)[number]

function isStoreCategory(value: string): value is StoreCategory {
  return (STORE_CATEGORIES as readonly string[]).includes(value)
}

/** The store with what only its owner sees. */
export interface OwnedStore extends Store {
  category: string
  pickupAddress: string
  createdAt: string
  /** How the caller stands in it (merchant.listMyStores): its owner or a member of its staff. */
  role?: StoreRole
}

export interface StoreForm {
  name: string
  logo: string
  intro: string
  category: string
  hashtags: string[]
  pickupAddress: string
}

export interface StoreInput {
  name: string
  logo: string
  intro: string
  category: StoreCategory
  hashtags: string[]
  pickupAddress: string
}

export const OPEN_STORE_STEPS = [
  { title: '店铺名称与标志', fields: ['name', 'logo'] },
  { title: '简介与类目', fields: ['intro', 'category'] },
  { title: '品牌话题与自提地址', fields: ['hashtags', 'pickupAddress'] },
] as const

export function emptyStoreForm(): StoreForm {
  return { name: '', logo: '', intro: '', category: '', hashtags: [], pickupAddress: '' }
}

export function storeToForm(store: OwnedStore): StoreForm {
  return {
    name: store.name,
    logo: store.logo,
    intro: store.intro,
    category: store.category,
    hashtags: [...store.hashtags],
    pickupAddress: store.pickupAddress,
  }
}

const length = (text: string) => Array.from(text.trim()).length

function allErrors(form: StoreForm): FieldErrors {
  const errors: FieldErrors = {}
  if (length(form.name) === 0) errors.name = '请填写店铺名称'
  else if (length(form.name) > MAX_STORE_NAME_LENGTH) errors.name = `店铺名称最多 ${MAX_STORE_NAME_LENGTH} 个字`
  if (length(form.intro) > MAX_STORE_INTRO_LENGTH) errors.intro = `店铺简介最多 ${MAX_STORE_INTRO_LENGTH} 个字`
  if (!isStoreCategory(form.category)) errors.category = '请选择经营类目'
  const tags = normalizeHashtags(form.hashtags)
  if (!tags.ok) errors.hashtags = describeHashtagProblem(tags.problem)
  if (length(form.pickupAddress) > MAX_PICKUP_ADDRESS_LENGTH) errors.pickupAddress = `自提地址最多 ${MAX_PICKUP_ADDRESS_LENGTH} 个字`
  return errors
}

/** The problems of one step (0, 1 or 2) of opening a store. */
export function validateStoreStep(form: StoreForm, step: number): FieldErrors {
  const fields: readonly string[] = OPEN_STORE_STEPS[step]?.fields ?? []
  return Object.fromEntries(Object.entries(allErrors(form)).filter(([field]) => fields.includes(field)))
}

/** The step that holds a field, so a server error sends the merchant back to it. */
export function stepOfField(field: string): number {
  const step = OPEN_STORE_STEPS.findIndex((s) => (s.fields as readonly string[]).includes(field.split('.')[0]))
  return step === -1 ? 0 : step
}

export function validateStoreForm(form: StoreForm): { ok: true; input: StoreInput } | { ok: false; errors: FieldErrors } {
  const errors = allErrors(form)
  // The category is checked in allErrors too; asking again here lets the input's type know it.
  if (Object.keys(errors).length > 0 || !isStoreCategory(form.category)) return { ok: false, errors }
  const tags = normalizeHashtags(form.hashtags)
  return {
    ok: true,
    input: {
      name: form.name.trim(),
      logo: form.logo,
      intro: form.intro.trim(),
      category: form.category,
      hashtags: tags.ok ? tags.tags : [],
      pickupAddress: form.pickupAddress.trim(),
    },
  }
}

/** Adds a hashtag to a list as typed, or says why it cannot be added (empty, too long, a sixth). */
export function addHashtag(tags: readonly string[], raw: string): { ok: true; tags: string[] } | { ok: false; message: string } {
  const result = normalizeHashtags([...tags, raw])
  return result.ok ? { ok: true, tags: result.tags } : { ok: false, message: describeHashtagProblem(result.problem) }
}
