// Specs → SKUs for the product editor: the merchant names spec dimensions (颜色: 红色, 蓝色;
// 尺码: S, M) and every combination becomes one SKU with its own price and stock. Editing the
// specs regenerates the table, keeping what was typed for combinations that still exist.
import type { SpecDimension } from './spec-selection'

export type { SpecDimension } from './spec-selection'

export const MAX_SPEC_DIMENSIONS = 3
export const MAX_SPEC_VALUES = 20
export const MAX_SPEC_NAME_LENGTH = 10
export const MAX_SPEC_VALUE_LENGTH = 20
export const MAX_SKUS = 100

export type Specs = Record<string, string>

/** A SKU row in the editor: price and stock as typed (yuan text), id when it already exists. */
export interface SkuDraft {
  id?: string
  specs: Specs
  price: string
  stock: string
  /**
   * The stock the form was loaded with: the cloud applies the merchant's change as a
   * difference from it, so units sold while the form was open are not brought back.
   */
  stockBefore?: number
}

/** The same combination gives the same key whatever order its names were written in. */
export function specsKey(specs: Specs): string {
  return JSON.stringify(Object.keys(specs).sort().map((name) => [name, specs[name]]))
}

/** Dimensions that take part: trimmed, with at least a name and one value. */
export function usableDimensions(dims: readonly SpecDimension[]): SpecDimension[] {
  return dims
    .map((dim) => ({ name: dim.name.trim(), values: dim.values.map((v) => v.trim()).filter((v) => v !== '') }))
    .filter((dim) => dim.name !== '' && dim.values.length > 0)
}

/** Every combination, in the order the merchant entered dimensions and values; none → one plain SKU. */
export function combineSpecs(dims: readonly SpecDimension[]): Specs[] {
  let rows: Specs[] = [{}]
  for (const dim of usableDimensions(dims)) {
    rows = rows.flatMap((row) => dim.values.map((value) => ({ ...row, [dim.name]: value })))
  }
  return rows
}

/**
 * The SKU table for these dimensions. Rows whose combination existed keep their id, price and
 * stock; new rows start with the price of the first old row (most SKUs share one) and no stock.
 */
export function regenerateSkus(dims: readonly SpecDimension[], previous: readonly SkuDraft[]): SkuDraft[] {
  const byKey = new Map(previous.map((sku) => [specsKey(sku.specs), sku]))
  const defaultPrice = previous[0]?.price ?? ''
  return combineSpecs(dims).map((specs) => {
    const old = byKey.get(specsKey(specs))
    return old ? { ...old, specs } : { specs, price: defaultPrice, stock: '' }
  })
}

export interface SpecProblem {
  /** Form field: `specs.<i>.name`, `specs.<i>.values` or `specs`. */
  path: string
  message: string
}

/** What is wrong with the dimensions, each tied to the field to show it beside. */
export function specProblems(dims: readonly SpecDimension[]): SpecProblem[] {
  const problems: SpecProblem[] = []
  if (dims.length > MAX_SPEC_DIMENSIONS) {
    problems.push({ path: 'specs', message: `规格最多 ${MAX_SPEC_DIMENSIONS} 种` })
  }
  const names = new Set<string>()
  dims.forEach((dim, i) => {
    const name = dim.name.trim()
    const values = dim.values.map((v) => v.trim())
    if (name === '') problems.push({ path: `specs.${i}.name`, message: '请填写规格名，如“颜色”' })
    else if (Array.from(name).length > MAX_SPEC_NAME_LENGTH) problems.push({ path: `specs.${i}.name`, message: `规格名最多 ${MAX_SPEC_NAME_LENGTH} 个字` })
    else if (names.has(name)) problems.push({ path: `specs.${i}.name`, message: `规格“${name}”重复了` })
    names.add(name)
    if (values.filter((v) => v !== '').length === 0) problems.push({ path: `specs.${i}.values`, message: '至少填写一个规格值' })
    else if (values.length > MAX_SPEC_VALUES) problems.push({ path: `specs.${i}.values`, message: `规格值最多 ${MAX_SPEC_VALUES} 个` })
    else if (values.some((v) => Array.from(v).length > MAX_SPEC_VALUE_LENGTH)) problems.push({ path: `specs.${i}.values`, message: `规格值最多 ${MAX_SPEC_VALUE_LENGTH} 个字` })
    else if (new Set(values).size !== values.length) problems.push({ path: `specs.${i}.values`, message: '规格值不能重复' })
  })
  const count = usableDimensions(dims).reduce((n, dim) => n * dim.values.length, 1)
  if (count > MAX_SKUS) problems.push({ path: 'specs', message: `规格组合最多 ${MAX_SKUS} 个，当前 ${count} 个` })
  return problems
}

/** Problems of SKUs as sent to the server: they must share spec names and differ in values. */
export function skuSetProblem(skus: ReadonlyArray<{ specs: Specs }>): string | null {
  if (skus.length === 0) return '至少需要一个规格'
  if (skus.length > MAX_SKUS) return `规格组合最多 ${MAX_SKUS} 个`
  const names = Object.keys(skus[0].specs).sort().join('\u0000')
  if (Object.keys(skus[0].specs).length > MAX_SPEC_DIMENSIONS) return `规格最多 ${MAX_SPEC_DIMENSIONS} 种`
  const keys = new Set<string>()
  for (const sku of skus) {
    if (Object.keys(sku.specs).sort().join('\u0000') !== names) return '每个规格组合都要填写同样的规格名'
    const key = specsKey(sku.specs)
    if (keys.has(key)) return '规格组合不能重复'
    keys.add(key)
  }
  return null
}

/**
 * The dimensions of stored SKUs in the order the merchant entered them. jsonb keeps object
 * keys in its own order (shorter first, then bytewise), so the key order of `specs` says
 * nothing; the SKUs' positions do: they were generated with the first dimension varying
 * slowest, so the fewer times a dimension's value changes from one SKU to the next, the
 * earlier it came.
 */
export function dimensionsInEntryOrder(skus: ReadonlyArray<{ specs: Specs }>): SpecDimension[] {
  const dims: SpecDimension[] = []
  for (const sku of skus) {
    for (const [name, value] of Object.entries(sku.specs)) {
      let dim = dims.find((d) => d.name === name)
      if (!dim) dims.push((dim = { name, values: [] }))
      if (!dim.values.includes(value)) dim.values.push(value)
    }
  }
  const changes = (name: string) => skus.reduce((n, sku, i) => (i > 0 && skus[i - 1].specs[name] !== sku.specs[name] ? n + 1 : n), 0)
  return dims
    .map((dim, index) => ({ dim, index, changes: changes(dim.name) }))
    .sort((a, b) => a.changes - b.changes || a.index - b.index)
    .map(({ dim }) => dim)
}
