// Validation failures come back with `details.issues[] = { path, message }` (zod paths such
// as "skus.0.price"); forms show each message beside the field the path names.
import type { FieldIssue } from './validation'

export type FieldErrors = Record<string, string>

function issuesOf(error: unknown): FieldIssue[] {
  if (!error || typeof error !== 'object') return []
  const details = (error as { details?: unknown }).details
  const issues = details && typeof details === 'object' ? (details as { issues?: unknown }).issues : undefined
  if (!Array.isArray(issues)) return []
  return issues.filter(
    (issue): issue is FieldIssue =>
      !!issue && typeof issue === 'object' && typeof issue.path === 'string' && typeof issue.message === 'string',
  )
}

/**
 * The field errors an error carries, keyed by form field. `fieldOf` maps a wire path to the
 * form's field name (null: not a field of this form); the first message for a field wins.
 */
export function fieldErrorsOf(error: unknown, fieldOf: (path: string) => string | null = (path) => path): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issuesOf(error)) {
    const field = fieldOf(issue.path)
    if (field !== null && errors[field] === undefined) errors[field] = issue.message
  }
  return errors
}

export function hasFieldErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0
}

/** The errors left once the merchant edits the fields named (or starting with) `fields`. */
export function clearFieldErrors(errors: FieldErrors, fields: readonly string[]): FieldErrors {
  const cleared = Object.entries(errors).filter(([key]) => !fields.some((field) => key === field || key.startsWith(`${field}.`)))
  return cleared.length === Object.keys(errors).length ? errors : Object.fromEntries(cleared)
}
