// Every action of every cloud function, called with payloads generated from its own zod schema
// and with mutations of them, as anonymous, a shopper and a store owner: every answer is a
// success or a 4xx with a code of DESIGN.md, never a 5xx; a refused call changes nothing.
// FUZZ_CASES (default 6 per action and identity) and FUZZ_SEED widen or replay a run.
import { FUNCTION_NAMES } from '../../src/domain/envelope'
import { ERROR_CODES } from '../../src/domain/errors'
import { registry } from '../../cloud/functions'
import type { Database } from '../../cloud/db/client'
import { DEMO_MERCHANT_OPENID } from '../../cloud/seed/demo-store'
import { call, DATABASE_KIND, openTestDatabase } from '../support/test-db'
import { mutate, plausible, rng } from './arbitrary'
import { databaseChecksum } from '../support/checksum'
import { fuzzSamples, registeredActions as actions, seedDemoIds, seedFor } from './fuzz-setup'

const CASES = Number(process.env.FUZZ_CASES ?? 6)
const SEED = Number(process.env.FUZZ_SEED ?? 20261125)
const IDENTITIES = [undefined, 'shopper-fuzz', DEMO_MERCHANT_OPENID]

describe(`fuzz every action (${DATABASE_KIND}, ${CASES} cases × ${IDENTITIES.length} identities, seed ${SEED})`, () => {
  let database: Database
  let ids: string[] = []

  beforeAll(async () => {
    database = await openTestDatabase()
    ids = await seedDemoIds(database)
  })
  afterAll(() => database.close())

  // The list is read from the registry; this keeps it so: a filter or a copy that drops an action,
  // a table under a name dispatch does not serve, or a stale operation fails here, not silently.
  it('fuzzes every action the registry serves, once each, with its own schema', () => {
    const served = Object.entries(registry).flatMap(([fn, table]) => Object.keys(table ?? {}).map((action) => `${fn}.${action}`))
    const fuzzed = actions.map(({ fn, action }) => `${fn}.${action}`)
    expect(Object.keys(registry).sort()).toEqual([...FUNCTION_NAMES].sort())
    expect(fuzzed.length).toBeGreaterThan(100)
    expect(new Set(fuzzed).size).toBe(fuzzed.length)
    expect([...fuzzed].sort()).toEqual([...served].sort())
    expect(actions.filter(({ fn, action, operation }) => registry[fn]?.[action] !== operation).map(({ fn, action }) => `${fn}.${action}`)).toEqual([])
  })

  it.each(actions.map((a) => [`${a.fn}.${a.action}`, a] as const))('%s', async (_name, { fn, action, operation }) => {
    const r = rng(seedFor(`${fn}.${action}`, SEED))
    const problems: string[] = []
    const samples = fuzzSamples()
    let valid = 0
    for (const openid of IDENTITIES) {
      for (let i = 0; i < CASES; i++) {
        const base = plausible(operation.input, r, { ids, samples })
        if (operation.input.safeParse(base).success) valid++
        const cases = [
          { label: 'plausible', data: base },
          mutate(base, r),
        ]
        for (const { label, data } of cases) {
          const before = await databaseChecksum(database.db)
          const answer = await call(database, fn, action, data, { openid })
          const who = openid ?? 'anonymous'
          if (answer.status >= 500) problems.push(`${who} ${label}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`)
          if (!answer.body.ok) {
            if (!(ERROR_CODES as readonly string[]).includes(answer.body.error.code)) problems.push(`${who} ${label}: unknown code ${answer.body.error.code}`)
            if (answer.status < 400 || answer.status >= 500) problems.push(`${who} ${label}: status ${answer.status} for ${answer.body.error.code}`)
            const after = await databaseChecksum(database.db)
            if (after !== before) problems.push(`${who} ${label}: refused with ${answer.body.error.code} but changed the database`)
          }
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(problems).toEqual([])
    // Some cases get past the schema into the operation's own code: that is where bugs hide.
    expect({ action: `${fn}.${action}`, schemaValidCases: valid > 0 }).toEqual({ action: `${fn}.${action}`, schemaValidCases: true })
  })
})
