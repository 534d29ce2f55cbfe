// Store categories (分类): the wire types and the limits of merchant.saveCategories.

/** A category as the merchant saved it: its products in the order they were ticked. */
export interface Category {
  id: string
  name: string
  productIds: string[]
}

/** A category as shoppers see it: productCount counts its on-sale products only. */
export interface CategorySummary {
  id: string
  name: string
  productCount: number
}

export const MAX_CATEGORIES = 50
export const MAX_CATEGORY_NAME = 12
export const MAX_PRODUCTS_PER_CATEGORY = 500

/** Moves item `index` one place up (-1) or down (+1); out of range leaves the list as it was. */
export function moveItem<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const to = index + step
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list]
  const next = [...list]
  ;[next[index], next[to]] = [next[to], next[index]]
  return next
}

/** What two category names are compared by: as shoppers read them, case and width folded. */
export function categoryKey(name: string): string {
  return name.normalize('NFKC').toLowerCase()
}

/** The first name that two categories share (compared by categoryKey), or null. */
export function duplicateName(names: readonly string[]): string | null {
  const seen = new Set<string>()
  for (const name of names) {
    const key = categoryKey(name)
    if (seen.has(key)) return name
    seen.add(key)
  }
  return null
}

/** Adds `id` to the list when absent, removes it when present (a checkbox). */
export function toggleId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]
}
