// bench/REPORT.md: one table per section. `npm run bench` writes it whole; a benchmark run on its
// own (`npx tsx bench/lighthouse.ts`) replaces just its section and leaves the others as they were.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { BenchRow } from './types'

export const REPORT = path.join(__dirname, 'REPORT.md')

export function table(rows: BenchRow[]): string {
  const lines = ['| figure | value | budget | result | same-run baseline |', '|---|---:|---|---|---|']
  for (const r of rows) {
    lines.push(`| ${r.name} | ${r.value}${r.unit ? ` ${r.unit}` : ''} | ${r.budget ?? '—'} | ${r.pass ? 'pass' : '**FAIL**'} | ${r.baseline ?? ''} |`)
  }
  return lines.join('\n')
}

/** The report with the section `title` replaced by these rows (added at the end when missing). */
export function withSection(report: string, title: string, rows: BenchRow[], note = ''): string {
  const section = `## ${title}\n\n${note ? `${note}\n\n` : ''}${table(rows)}\n`
  const start = report.indexOf(`## ${title}\n`)
  if (start < 0) return `${report.trimEnd()}\n\n${section}`
  const next = report.indexOf('\n## ', start + 1)
  return report.slice(0, start) + section + (next < 0 ? '' : report.slice(next))
}

export function writeSection(title: string, rows: BenchRow[], note = ''): void {
  const report = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '# Benchmark report\n'
  writeFileSync(REPORT, withSection(report, title, rows, note))
}
