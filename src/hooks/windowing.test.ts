import { chunkRows, rowWindow } from './windowing'

describe('rowWindow', () => {
  const base = { viewportHeight: 800, listTop: 200, rowHeight: 100, rowCount: 1000, overscanScreens: 1 }

  it('renders the first screens at the top, with nothing above', () => {
    const w = rowWindow({ ...base, scrollTop: 0 })
    expect(w.first).toBe(0)
    expect(w.before).toBe(0)
    // Visible: rows 0–6 (list starts 200 px down); plus one screen (8 rows) of overscan below.
    expect(w.last).toBe(14)
    expect(w.after).toBe((1000 - 14) * 100)
  })

  it('keeps a bounded window deep in the list, spacers covering the rest exactly', () => {
    const w = rowWindow({ ...base, scrollTop: 50_000 })
    expect(w.last - w.first).toBeLessThanOrEqual(25)
    expect(w.first).toBeGreaterThan(0)
    expect(w.before + (w.last - w.first) * 100 + w.after).toBe(1000 * 100)
    // The visible rows are inside the window.
    const visibleFirst = Math.floor((50_000 - 200) / 100)
    expect(w.first).toBeLessThanOrEqual(visibleFirst)
    expect(w.last).toBeGreaterThanOrEqual(visibleFirst + 8)
  })

  it('moves its edges in steps, so scrolling row by row changes the window once per step', () => {
    const windows = new Set<string>()
    for (let scrollTop = 20_000; scrollTop < 30_000; scrollTop += 10) {
      const w = rowWindow({ ...base, scrollTop, step: 4 })
      expect(w.first % 4).toBe(0)
      expect(w.last % 4).toBe(0)
      // Still covers the visible screen.
      expect(w.first).toBeLessThanOrEqual(Math.floor((scrollTop - 200) / 100))
      expect(w.last).toBeGreaterThanOrEqual(Math.ceil((scrollTop - 200 + 800) / 100))
      windows.add(`${w.first}-${w.last}`)
    }
    // 100 rows scrolled: 25 windows with steps of 4, against 100 without.
    expect(windows.size).toBeLessThanOrEqual(26)
    const unstepped = new Set<string>()
    for (let scrollTop = 20_000; scrollTop < 30_000; scrollTop += 10) {
      const w = rowWindow({ ...base, scrollTop })
      unstepped.add(`${w.first}-${w.last}`)
    }
    expect(unstepped.size).toBeGreaterThanOrEqual(100)
  })

  it('clamps at the end of the list', () => {
    const w = rowWindow({ ...base, scrollTop: 10_000_000 })
    expect(w.last).toBe(1000)
    expect(w.after).toBe(0)
  })

  it('renders nothing for an empty list or a zero row height', () => {
    expect(rowWindow({ ...base, rowCount: 0, scrollTop: 0 })).toEqual({ first: 0, last: 0, before: 0, after: 0 })
    expect(rowWindow({ ...base, rowHeight: 0, scrollTop: 0 })).toEqual({ first: 0, last: 0, before: 0, after: 0 })
  })
})

describe('chunkRows', () => {
  it('groups into rows, the last one possibly short', () => {
    expect(chunkRows([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
    expect(chunkRows([], 2)).toEqual([])
  })
})
