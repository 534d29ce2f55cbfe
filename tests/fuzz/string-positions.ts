// Every place in a zod schema where a caller's string is read: object fields, array items,
// record keys and values, union options. The text-field suite walks each operation's input
// with this to prove every one of them refuses control characters and lone surrogates.
import { z } from 'zod'
import { textSchemaInfo, type TextSchemaInfo } from '../../src/domain/text-schema'

/** Stands for "a key of this record" in a path. */
export const RECORD_KEY = Symbol('record key')
export type PathPart = string | number | typeof RECORD_KEY

export interface StringPosition {
  path: PathPart[]
  /** The schema met at that place (the outermost one that reads the raw string). */
  schema: z.ZodTypeAny
  /** Set when it was built by text()/multilineText() of src/domain/text.ts. */
  text?: TextSchemaInfo
  /** Anything goes (z.any / z.unknown): no string rule can apply. */
  untyped?: boolean
  /** For a record key: the schema of the record's values, to build a whole entry. */
  recordValue?: z.ZodTypeAny
}

export function stringPositions(schema: z.ZodTypeAny, path: PathPart[] = [], depth = 0): StringPosition[] {
  if (depth > 12) return []
  const text = textSchemaInfo(schema)
  if (text) return [{ path, schema, text }]
  const def: any = schema._def
  const walk = (child: z.ZodTypeAny, at: PathPart[] = path) => stringPositions(child, at, depth + 1)
  switch (def.typeName) {
    case 'ZodString':
      return [{ path, schema }]
    case 'ZodAny':
    case 'ZodUnknown':
      return [{ path, schema, untyped: true }]
    case 'ZodObject': {
      const fields = Object.entries((schema as z.AnyZodObject).shape).flatMap(([key, child]) => walk(child as z.ZodTypeAny, [...path, key]))
      const catchall = def.catchall as z.ZodTypeAny
      const extra = catchall._def.typeName === 'ZodNever' ? [] : walk(catchall, [...path, 'extra'])
      return [...fields, ...extra]
    }
    case 'ZodArray':
      return walk(def.type, [...path, 0])
    case 'ZodRecord':
    case 'ZodMap':
      return [
        ...walk(def.keyType, [...path, RECORD_KEY]).map((position) => ({ ...position, recordValue: def.valueType })),
        ...walk(def.valueType, [...path, 'key']),
      ]
    case 'ZodTuple':
      return def.items.flatMap((item: z.ZodTypeAny, index: number) => walk(item, [...path, index]))
    case 'ZodOptional':
    case 'ZodNullable':
    case 'ZodDefault':
    case 'ZodReadonly':
    case 'ZodCatch':
      return walk(def.innerType)
    case 'ZodBranded':
      return walk(def.type)
    case 'ZodEffects':
      return walk(def.schema)
    case 'ZodPipeline':
      // What arrives meets `in` first; `out` only sees what `in` let through.
      return walk(def.in)
    case 'ZodLazy':
      return walk(def.getter())
    case 'ZodUnion':
    case 'ZodDiscriminatedUnion':
      return (Array.isArray(def.options) ? def.options : [...def.options.values()]).flatMap((option: z.ZodTypeAny) => walk(option))
    case 'ZodIntersection':
      return [...walk(def.left), ...walk(def.right)]
    default:
      return []
  }
}

export function describePath(path: PathPart[]): string {
  return path.map((part) => (part === RECORD_KEY ? '<key>' : String(part))).join('.') || '<root>'
}

/**
 * A copy of `base` with `value` at `path`, creating objects and arrays on the way; a record
 * key position adds the entry `value` → `entryValue`.
 */
export function withValueAt(base: unknown, path: PathPart[], value: string, entryValue: unknown): unknown {
  if (path.length === 0) return value
  const [head, ...rest] = path
  if (head === RECORD_KEY) {
    const record = isPlainObject(base) ? { ...base } : {}
    record[value] = entryValue
    return record
  }
  if (typeof head === 'number') {
    const list = Array.isArray(base) ? [...base] : []
    list[head] = withValueAt(list[head], rest, value, entryValue)
    return list
  }
  const object = isPlainObject(base) ? { ...base } : {}
  object[head] = withValueAt(object[head], rest, value, entryValue)
  return object
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
