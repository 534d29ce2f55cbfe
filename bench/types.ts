// One measured figure of a benchmark, as bench/run.ts prints it and writes it to REPORT.md.
export interface BenchRow {
  name: string
  value: number
  unit: string
  /** The budget in words, e.g. "≥ 40 % of bare SQL" (DESIGN.md section 6). */
  budget: string
  pass: boolean
  /** The same-run figure the value is compared with, when there is one. */
  baseline?: number
}
