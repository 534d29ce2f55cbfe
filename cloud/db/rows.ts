/** Rows of a raw `db.execute`: PGlite answers { rows }, node-postgres a QueryResult with rows. */
export function rowsOf<T = Record<string, unknown>>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? []) as T[]
}
