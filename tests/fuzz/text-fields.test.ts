// Every string a caller can send, in every action's input, goes through the one text schema of
// src/domain/text.ts (or an id-like pattern that is stricter still): a control character or a
// lone surrogate anywhere is VALIDATION_FAILED naming that field, never a 500 from the database.
// A new action with a bare z.string() fails here before it can ship.
import type { Database } from '../../cloud/db/client'
import { DEMO_MERCHANT_OPENID } from '../../cloud/seed/demo-store'
import { call, DATABASE_KIND, openTestDatabase } from '../support/test-db'
import { plausible, rng } from './arbitrary'
import { registeredActions, seedDemoIds, seedFor } from './fuzz-setup'
import { describePath, RECORD_KEY, stringPositions, withValueAt, type PathPart } from './string-positions'

const operations = registeredActions.map((entry) => [`${entry.fn}.${entry.action}`, entry] as const)

const FORBIDDEN = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\ud800', '\udfff']
/** Prefixes that get past the usual patterns (ids, links, upload paths, times) up to the bad character. */
const PREFIXES = ['', 'a', 'abcdefgh12345678', 'https://a.cn/x', '/files/uploads/2026-01/x', 'cloud://x/y', '2026-11-25T20:00:00']
const PROBES = PREFIXES.flatMap((prefix) => FORBIDDEN.flatMap((bad) => [prefix + bad, prefix + bad + 'z', bad + prefix]))

/** An allow-list pattern (ids, keys, times) may stand in for the text schema: it admits less. */
function isPattern(schema: { _def: any }): boolean {
  return schema._def.typeName === 'ZodString' && (schema._def.checks ?? []).some((check: { kind: string }) => check.kind === 'regex' || check.kind === 'datetime')
}

describe('every user string goes through the shared text schema', () => {
  it('finds string fields to check', () => {
    const total = operations.reduce((sum, [, { operation }]) => sum + stringPositions(operation.input).length, 0)
    expect(total).toBeGreaterThan(50)
  })

  it.each(operations)('%s', (_name, { operation }) => {
    const problems: string[] = []
    for (const position of stringPositions(operation.input)) {
      const where = describePath(position.path)
      if (position.untyped) problems.push(`${where}: z.any/z.unknown takes anything; give it a schema`)
      else if (!position.text && !isPattern(position.schema)) problems.push(`${where}: a bare z.string(); build it with text() or multilineText() (src/domain/text.ts)`)
      for (const probe of PROBES) {
        if (position.schema.safeParse(probe).success) problems.push(`${where} accepts ${JSON.stringify(probe)}`)
      }
      if (position.text && !position.text.multiline && position.schema.safeParse('a\nb').success) problems.push(`${where}: a one-line field accepts a line break`)
    }
    expect(problems).toEqual([])
  })
})

describe(`a NUL or a lone surrogate in any string field is VALIDATION_FAILED (${DATABASE_KIND})`, () => {
  let database: Database
  let ids: string[] = []

  beforeAll(async () => {
    database = await openTestDatabase()
    ids = await seedDemoIds(database, 3)
  })
  afterAll(() => database.close())

  // Platform-only actions (the payment callback, timers) are FORBIDDEN to every user before their
  // input is read; the schema walk above covers their fields.
  const userCallable = operations.filter(([, { operation }]) => operation.access !== 'platform')

  it.each(userCallable)('%s', async (name, { fn, action, operation }) => {
    const r = rng(seedFor(name))
    const problems: string[] = []
    for (const position of stringPositions(operation.input)) {
      for (const bad of ['ab\u0000cd', 'ab\ud800cd']) {
        const base = plausible(operation.input, r, { ids })
        const entryValue = position.recordValue ? plausible(position.recordValue, r, { ids }) : undefined
        const data = withValueAt(base, position.path, bad, entryValue)
        const answer = await call(database, fn, action, data, { openid: DEMO_MERCHANT_OPENID })
        const where = `${describePath(position.path)} = ${JSON.stringify(bad)}`
        if (answer.body.ok) {
          problems.push(`${where}: accepted`)
          continue
        }
        const { code, details } = answer.body.error
        if (code !== 'VALIDATION_FAILED') {
          problems.push(`${where}: ${answer.status} ${code}`)
          continue
        }
        const field = position.path.map((part: PathPart) => (part === RECORD_KEY ? bad : String(part))).join('.')
        const issues = ((details?.issues ?? []) as Array<{ path: string }>).map((issue) => issue.path)
        if (!issues.some((path) => path !== '' && (field === path || field.startsWith(`${path}.`)))) {
          problems.push(`${where}: refused for another reason (${issues.join(', ')})`)
        }
      }
    }
    expect(problems).toEqual([])
  })
})
