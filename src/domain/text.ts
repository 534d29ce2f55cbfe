// What a user-supplied string may hold (DESIGN.md 3b): no control characters (newline and tab
// only where the field is multi-line), no lone surrogates. PostgreSQL text cannot hold NUL, and
// half an emoji cannot be encoded as UTF-8, so both would otherwise reach the database as a
// crash instead of a field error. Names and hashtags also drop invisible characters, so
// "o<zero-width joiner>otd" and "ootd" can never be two topics that look the same.
// The zod builders every wire schema uses are in text-schema.ts; this file stays free of zod
// for the app's bundle.

/** C0 controls, DEL and C1 controls: never typed by a person. */
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f]/
/** The same, less tab, line feed and carriage return (a textarea's line break on some systems). */
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/
/** Half of a surrogate pair: with the u flag a whole pair is one code point and does not match. */
const LONE_SURROGATE = /\p{Cs}/u

/**
 * Zero-width characters (U+200B–U+200D, U+2060, U+FEFF, U+180E) and bidirectional controls
 * (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069, U+061C): invisible, yet they make strings differ.
 */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u180e\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g

export function hasForbiddenCharacters(value: string, multiline = false): boolean {
  return (multiline ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(value) || LONE_SURROGATE.test(value)
}

/** Drops zero-width and bidi-control characters; for names and hashtags, before normalising. */
export function dropInvisible(value: string): string {
  return value.replace(INVISIBLE, '')
}
