// Payloads from a zod schema: a plausible one, and mutations of it that a caller must not be
// able to hurt us with. A seeded generator, so a failure can be replayed (FUZZ_SEED).
import { z } from 'zod'
import { textSchemaInfo } from '../../src/domain/text-schema'

export type Rng = () => number

/** mulberry32: small, fast, good enough to spread cases. */
export function rng(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(r: Rng, items: readonly T[]): T => items[Math.floor(r() * items.length)]
const int = (r: Rng, min: number, max: number) => min + Math.floor(r() * (max - min + 1))

/** Strings that have broken systems before. */
export const NASTY_STRINGS = [
  "'; drop table orders; --",
  '" or 1=1 --',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '\u0000',
  '\ud800',
  '\u202e反转文字',
  '👨‍👩‍👧‍👦'.repeat(30),
  '\u200b',
  'Ａ'.repeat(300),
  '%00%2e%2e%2f',
  '../../etc/passwd',
  'x'.repeat(100_000),
  // Control characters, lone surrogates, invisible characters, broken %-escapes.
  'a\u0001b',
  '\u001b[31m红\u001b[0m',
  'x\u007f',
  '\u0085',
  'line\nbreak\ttab\r',
  '\udfff',
  'ab\ud83d',
  'o\u200dotd',
  '\u202eootd',
  '\ufeffBOM',
  '%E0%A4%A',
  '%',
  '%ZZ%C0%80',
]

/** Request targets a client must not be able to hurt the HTTP layer with (raw, unnormalised). */
export const NASTY_TARGETS = [
  '//x:99999/',
  '//x:99999/fn/catalog',
  '/fn/%E0%A4%A',
  '/fn/%',
  '/fn/%ZZ',
  '/fn/%00',
  '/fn/%C0%80',
  '/fn/%ED%A0%80',
  '/fn/catalog%2F..%2F..',
  '/fn/catalog/extra',
  '/fn/',
  'http://x:99999/fn/catalog',
  'http://[::1/fn/catalog',
  'http://user:pass@127.0.0.1/fn/catalog',
  'javascript:alert(1)',
  '*',
  '/%ff%fe',
  '/files/uploads/..%2f..%2fetc%2fpasswd',
  '/files/uploads/2026-01/%E0%A4%A.jpg',
  '/files/demo/%E0%A4%A.svg',
  '/files/wxacode/%E0.png',
  '/wxaurl/%E0%A4%A',
  '/fn/catalog?%E0%A4%A',
  '/' + 'a'.repeat(8000),
  '/fn/' + '%E0'.repeat(2000),
]

export const NASTY_NUMBERS = [-1, 0, 0.5, -0.000001, 1e308, -1e308, 2 ** 53 + 2, 2 ** 31, -(2 ** 31) - 1, 1.0000001]

export const NASTY_VALUES: unknown[] = [null, true, false, [], {}, [[[]]], '', 0, -1, 'null', { $gt: '' }, ['a', 1, null]]

interface Hints {
  /** Real ids to use for id-like strings, so generated calls reach real rows. */
  ids: string[]
  /**
   * Strings of the shapes a random word never has (a time, a phone number, a hand-off code, an
   * upload reference…): a string field whose schema refuses the generated word takes one of
   * these it accepts, so actions with such fields are fuzzed past their schema into `run`.
   */
  samples?: string[]
}

/** A string schema, possibly under refinements or a pipeline. */
function isStringLike(schema: z.ZodTypeAny): boolean {
  const def: any = schema._def
  if (def.typeName === 'ZodString') return true
  if (def.typeName === 'ZodEffects') return isStringLike(def.schema)
  if (def.typeName === 'ZodPipeline') return isStringLike(def.in)
  return false
}

function checkOf<T extends { kind: string }>(checks: T[] | undefined, kind: string): any {
  return checks?.find((c) => c.kind === kind)
}

/** A value the schema is likely to accept (not guaranteed: refinements are not modelled). */
export function plausible(schema: z.ZodTypeAny, r: Rng, hints: Hints, depth = 0): unknown {
  if (hints.samples && isStringLike(schema)) {
    const value = plausibleValue(schema, r, hints, depth)
    if (schema.safeParse(value).success) return value
    const accepted = hints.samples.filter((sample) => schema.safeParse(sample).success)
    return accepted.length > 0 ? pick(r, accepted) : value
  }
  return plausibleValue(schema, r, hints, depth)
}

function plausibleValue(schema: z.ZodTypeAny, r: Rng, hints: Hints, depth: number): unknown {
  const text = textSchemaInfo(schema)
  if (text) return word(r, Math.max(text.min, 1), Math.min(text.max, 24))
  const def: any = schema._def
  switch (def.typeName) {
    case 'ZodObject': {
      const out: Record<string, unknown> = {}
      for (const [key, child] of Object.entries(schema instanceof z.ZodObject ? schema.shape : {})) {
        const optional = (child as z.ZodTypeAny).isOptional()
        if (optional && r() < 0.4) continue
        out[key] = plausible(child as z.ZodTypeAny, r, hints, depth + 1)
      }
      return out
    }
    case 'ZodString': {
      const min = checkOf(def.checks, 'min')?.value ?? 1
      const max = Math.min(checkOf(def.checks, 'max')?.value ?? 24, 40)
      if (checkOf(def.checks, 'regex') && hints.ids.length > 0 && r() < 0.8) return pick(r, hints.ids)
      return word(r, min, max)
    }
    case 'ZodNumber': {
      const min = checkOf(def.checks, 'min')?.value ?? 0
      const max = checkOf(def.checks, 'max')?.value ?? 1000
      return int(r, Math.ceil(min), Math.floor(Math.min(max, min + 1000)))
    }
    case 'ZodBoolean':
      return r() < 0.5
    case 'ZodEnum':
      return pick(r, def.values)
    case 'ZodNativeEnum':
      return pick(r, Object.values(def.values))
    case 'ZodLiteral':
      return def.value
    case 'ZodArray': {
      const min = def.minLength?.value ?? 0
      const max = Math.min(def.maxLength?.value ?? 3, 3)
      return depth > 6 ? [] : Array.from({ length: int(r, min, Math.max(min, max)) }, () => plausible(def.type, r, hints, depth + 1))
    }
    case 'ZodOptional':
    case 'ZodNullable':
    case 'ZodDefault':
    case 'ZodReadonly':
    case 'ZodCatch':
      return plausible(def.innerType, r, hints, depth + 1)
    case 'ZodEffects':
      return repair(schema, plausible(def.schema, r, hints, depth + 1), r, hints)
    case 'ZodPipeline':
      return plausible(def.in, r, hints, depth + 1)
    case 'ZodLazy':
      return depth > 6 ? {} : plausible(def.getter(), r, hints, depth + 1)
    case 'ZodUnion':
    case 'ZodDiscriminatedUnion':
      return plausible(pick(r, Array.isArray(def.options) ? def.options : [...def.options.values()]), r, hints, depth + 1)
    case 'ZodRecord':
      return { [String(plausible(def.keyType ?? z.string(), r, hints, depth + 1))]: plausible(def.valueType, r, hints, depth + 1) }
    case 'ZodTuple':
      return def.items.map((item: z.ZodTypeAny) => plausible(item, r, hints, depth + 1))
    default:
      return pick(r, ['x', 1, null])
  }
}

/**
 * An object refined as a whole (a phone number checked beside the address, a field that only
 * one kind of message may carry) fails on one field at a time: that field takes a sample the
 * whole schema no longer blames it for, or goes when leaving it out does. A few rounds at most.
 */
function repair(schema: z.ZodTypeAny, value: unknown, r: Rng, hints: Hints): unknown {
  if (!hints.samples || !value || typeof value !== 'object' || Array.isArray(value)) return value
  let current = value as Record<string, unknown>
  for (let round = 0; round < 4; round++) {
    const result = schema.safeParse(current)
    if (result.success) return current
    const blamed = (candidate: Record<string, unknown>, key: string) => schema.safeParse(candidate).error?.issues.some((issue) => issue.path[0] === key) ?? false
    const key = result.error.issues.map((issue) => issue.path).find((path) => path.length === 1 && typeof path[0] === 'string')?.[0] as string | undefined
    if (key === undefined) return current
    const { [key]: _left, ...without } = current
    const options = [...hints.samples.map((sample) => ({ ...current, [key]: sample })), without].filter((candidate) => !blamed(candidate, key))
    if (options.length === 0) return current
    current = pick(r, options)
  }
  return current
}

function word(r: Rng, min: number, max: number): string {
  const alphabet = '小店连衣裙咖啡杯子好物abcXYZ019'
  let s = ''
  const length = int(r, min, Math.max(min, max))
  while (s.length < length) s += alphabet[int(r, 0, alphabet.length - 1)]
  return s
}

export interface Mutation {
  label: string
  data: unknown
}

/** A bad variant of a plausible payload. */
export function mutate(base: unknown, r: Rng): Mutation {
  const obj = base && typeof base === 'object' && !Array.isArray(base) ? { ...(base as Record<string, unknown>) } : {}
  const keys = Object.keys(obj)
  const key = keys.length > 0 ? pick(r, keys) : 'x'
  switch (int(r, 0, 9)) {
    case 0:
      return { label: `wrong type for ${key}`, data: { ...obj, [key]: pick(r, NASTY_VALUES) } }
    case 1: {
      const { [key]: _dropped, ...rest } = obj
      return { label: `without ${key}`, data: keys.length > 0 ? rest : { extra: 1 } }
    }
    case 2:
      return { label: 'an extra field', data: { ...obj, [pick(r, ['extra', 'isAdmin', 'openid', 'price', 'status'])]: 'x' } }
    case 3:
      return { label: 'prototype pollution keys', data: JSON.parse(`{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},${JSON.stringify(key)}:1}`) }
    case 4:
      return { label: `nasty string in ${key}`, data: { ...obj, [key]: pick(r, NASTY_STRINGS) } }
    case 5:
      return { label: `nasty number in ${key}`, data: { ...obj, [key]: pick(r, NASTY_NUMBERS) } }
    case 6:
      return { label: `huge array in ${key}`, data: { ...obj, [key]: Array.from({ length: 10_000 }, (_, i) => ({ skuId: `s${i}`, quantity: 1 })) } }
    case 7:
      return { label: 'not an object', data: pick(r, [[], 'data', 42, null]) }
    case 8:
      return { label: `deeply nested ${key}`, data: { ...obj, [key]: JSON.parse('['.repeat(500) + ']'.repeat(500)) } }
    default:
      return { label: `nasty string everywhere`, data: Object.fromEntries(keys.map((k) => [k, pick(r, NASTY_STRINGS)])) }
  }
}
