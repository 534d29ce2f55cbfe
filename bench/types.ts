// One line of bench/REPORT.md.
export interface BenchRow {
  name: string
  value: number | string
  unit: string
  /** e.g. "≤ 20 ms"; null when the row is a baseline or information only. */
  budget: string | null
  pass: boolean
  /** The same-run figure this one is compared with, when there is one. */
  baseline?: string
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
