// The one schema every user-supplied string of the wire contract passes: text() for one line,
// multilineText() where line breaks belong. Built on the rules of text.ts; a test walks every
// operation's input and fails on a string field built any other way.
import { z } from 'zod'
import { dropInvisible, hasForbiddenCharacters } from './text'

export interface TextOptions {
  /** Most characters, counted as a person counts them (code points), after trimming. */
  max: number
  /** Fewest characters after trimming (0 by default: an empty string is allowed). */
  min?: number
  /** The field's name in messages, e.g. 店铺名称. */
  label?: string
  /** Drop surrounding whitespace before counting and storing. */
  trim?: boolean
  /** A name people tell apart by sight: drop zero-width and bidi-control characters first. */
  name?: boolean
  /** When `max` is only a first cap and a later rule says the real limit (hashtags). */
  tooLongMessage?: string
}

export interface TextSchemaInfo extends Required<Omit<TextOptions, 'label' | 'tooLongMessage'>> {
  multiline: boolean
}

/** Every schema the builders made, so a test can prove no user string bypasses them. */
const built = new WeakMap<z.ZodTypeAny, TextSchemaInfo>()

/** What the builder was asked for, or undefined when `schema` did not come from text()/multilineText(). */
export function textSchemaInfo(schema: z.ZodTypeAny): TextSchemaInfo | undefined {
  return built.get(schema)
}

function build(options: TextOptions, multiline: boolean) {
  const { max, min = 0, label = '', trim = false, name = false } = options
  const tooLong = options.tooLongMessage ?? `${label}最多 ${max} 个字`
  const schema = z
    .string()
    // A cheap cap before counting characters: no string this long can be within `max`.
    .max(max * 4 + 64, tooLong)
    .transform((value) => {
      const visible = name ? dropInvisible(value) : value
      return trim ? visible.trim() : visible
    })
    .superRefine((value, ctx) => {
      if (hasForbiddenCharacters(value, multiline)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${label}包含无法识别的字符` })
        return
      }
      const length = Array.from(value).length
      if (length < min) ctx.addIssue({ code: z.ZodIssueCode.custom, message: label && min === 1 ? `请填写${label}` : `${label}至少 ${min} 个字` })
      else if (length > max) ctx.addIssue({ code: z.ZodIssueCode.custom, message: tooLong })
    })
  built.set(schema, { max, min, trim, name, multiline })
  return schema
}

/** One line of text: a name, a title, a search word, a hashtag. */
export function text(options: TextOptions) {
  return build(options, false)
}

/** Text that may hold line breaks and tabs: a description, a comment, a note. */
export function multilineText(options: TextOptions) {
  return build(options, true)
}
