// setData traffic on weapp: how often and how much the compiled home page sends to the view
// layer while a shopper flings through 10,000 products. WeChat's guidance is to keep setData
// rare and small; our budget is ≤ 20 calls in any second and ≤ 64 KB per call. The figures
// come from bench/weapp/setdata.measure.ts run in miniprogram-simulate (virtual time).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { SetDataFigures } from './weapp/setdata.measure'
import type { BenchRow } from './types'

const root = path.resolve(__dirname, '..')
const MAX_CALLS_PER_SECOND = 20
const MAX_BYTES = 64 * 1024

export async function benchSetData(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xd-setdata-'))
  const out = path.join(dir, 'figures.json')
  try {
    const run = spawnSync('npx', ['jest', 'bench/weapp', '--selectProjects', 'weapp-bench', '--silent'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, SETDATA_OUT: out },
    })
    if (run.status !== 0) throw new Error('setData measurement failed (is dist/ built?)')
    const figures = JSON.parse(readFileSync(out, 'utf8')) as SetDataFigures[]
    return figures.flatMap((f) => [
      {
        name: `${f.scenario}: setData calls in the busiest second`,
        value: f.maxCallsPerSecond,
        unit: 'calls',
        budget: `≤ ${MAX_CALLS_PER_SECOND}`,
        pass: f.maxCallsPerSecond <= MAX_CALLS_PER_SECOND,
        baseline: `${f.calls} calls over ${f.virtualSeconds} s of scrolling`,
      },
      {
        name: `${f.scenario}: largest setData payload`,
        value: Math.round((f.maxBytes / 1024) * 10) / 10,
        unit: 'KB',
        budget: `≤ ${MAX_BYTES / 1024} KB`,
        pass: f.maxBytes <= MAX_BYTES,
        baseline: `mean ${Math.round((f.meanBytes / 1024) * 10) / 10} KB`,
      },
    ])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
