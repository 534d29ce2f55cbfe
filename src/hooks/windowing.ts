// Which rows of a long list to render: the ones on screen plus a margin above and below.
// Everything else becomes two spacers, so the page keeps a bounded number of nodes however far
// the shopper scrolls (DESIGN.md section 6: ≤ 1,500 DOM nodes after five screens).

export interface RowWindow {
  first: number
  /** One past the last row to render. */
  last: number
  /** Height of the spacer above the first rendered row, in px. */
  before: number
  /** Height of the spacer below the last rendered row, in px. */
  after: number
}

export function rowWindow(input: {
  scrollTop: number
  viewportHeight: number
  /** Where the list starts on the page, in px from the top. */
  listTop: number
  rowHeight: number
  rowCount: number
  /** Extra screens rendered above and below the visible one. */
  overscanScreens?: number
  /**
   * The window's edges move in steps of this many rows: scrolling then changes the rendered
   * rows (one setData on weapp) once per `step` rows rather than at every row.
   */
  step?: number
}): RowWindow {
  const { rowHeight, rowCount } = input
  if (rowCount <= 0 || rowHeight <= 0) return { first: 0, last: 0, before: 0, after: 0 }
  const overscan = (input.overscanScreens ?? 1) * input.viewportHeight
  const top = Math.max(0, input.scrollTop - input.listTop - overscan)
  const bottom = Math.max(0, input.scrollTop - input.listTop + input.viewportHeight + overscan)
  const step = Math.max(1, Math.floor(input.step ?? 1))
  const first = Math.min(rowCount, Math.floor(top / rowHeight / step) * step)
  // Stepped, the window is a fixed number of rows hung from `first`, so both edges move
  // together; a `first` up to step − 1 rows early still leaves the screen covered.
  const span = Math.ceil((input.viewportHeight + 2 * overscan) / rowHeight / step) * step + step
  const end = step === 1 ? Math.ceil(bottom / rowHeight) : first + span
  const last = Math.min(rowCount, Math.max(first, end))
  return { first, last, before: first * rowHeight, after: (rowCount - last) * rowHeight }
}

/** Groups items into rows of `columns`. */
export function chunkRows<T>(items: readonly T[], columns: number): T[][] {
  const rows: T[][] = []
  for (let i = 0; i < items.length; i += columns) rows.push(items.slice(i, i + columns))
  return rows
}
