// The spec selector's rules (e.g. 颜色 × 尺码): which values can be chosen given the others,
// which SKU a full choice means, and how many of it can be bought.
import type { Sku } from './catalog'

export interface SpecDimension {
  name: string
  values: string[]
}

export type Selection = Record<string, string>

/** Spec names and their values in the order the merchant entered them. */
export function specDimensions(skus: readonly Sku[]): SpecDimension[] {
  const dims: SpecDimension[] = []
  for (const sku of skus) {
    for (const [name, value] of Object.entries(sku.specs)) {
      let dim = dims.find((d) => d.name === name)
      if (!dim) dims.push((dim = { name, values: [] }))
      if (!dim.values.includes(value)) dim.values.push(value)
    }
  }
  return dims
}

function compatible(sku: Sku, selection: Selection, ignore?: string): boolean {
  return Object.entries(selection).every(([name, value]) => name === ignore || sku.specs[name] === value)
}

export type ValueState = 'available' | 'sold_out' | 'unavailable'

/**
 * A value is available when some SKU with it, matching the other chosen values, has stock;
 * sold out when such SKUs exist but none has stock; unavailable when no such SKU exists.
 */
export function valueState(skus: readonly Sku[], selection: Selection, name: string, value: string): ValueState {
  const candidates = skus.filter((sku) => sku.specs[name] === value && compatible(sku, selection, name))
  if (candidates.length === 0) return 'unavailable'
  return candidates.some((sku) => sku.stock > 0) ? 'available' : 'sold_out'
}

/** The SKU a selection names, once every dimension has a value. */
export function selectedSku(skus: readonly Sku[], selection: Selection): Sku | null {
  const dims = specDimensions(skus)
  if (dims.some((dim) => selection[dim.name] === undefined)) return null
  return skus.find((sku) => dims.every((dim) => sku.specs[dim.name] === selection[dim.name])) ?? null
}

/** Picks or un-picks a value; choosing a sold-out or impossible one changes nothing. */
export function toggleValue(skus: readonly Sku[], selection: Selection, name: string, value: string): Selection {
  if (selection[name] === value) {
    const { [name]: _removed, ...rest } = selection
    return rest
  }
  if (valueState(skus, selection, name, value) !== 'available') return selection
  return { ...selection, [name]: value }
}

/** Dimensions with a single value need no choice: they start chosen. */
export function initialSelection(skus: readonly Sku[]): Selection {
  const selection: Selection = {}
  for (const dim of specDimensions(skus)) {
    if (dim.values.length === 1) selection[dim.name] = dim.values[0]
  }
  return selection
}

/** "红色 / M" for showing a SKU's specs in one line. */
export function describeSpecs(specs: Record<string, string>): string {
  return Object.values(specs).join(' / ')
}

/** Keeps a quantity between 1 and the stock (0 when nothing is left). */
export function clampQuantity(quantity: number, stock: number): number {
  if (stock <= 0) return 0
  if (!Number.isFinite(quantity)) return 1
  return Math.min(Math.max(1, Math.floor(quantity)), stock)
}
