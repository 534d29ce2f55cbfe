import { contentChecks } from '../db/schema'
import { DATABASE_KIND, openTestDatabase, testCtx } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { checkText } from './check-text'

describe(`checkText with the local content-check twin (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase()
  })
  afterAll(() => database.close())

  const check = (text: string) => checkText(testCtx(database), { text, openid: 'author', scene: 2, purpose: 'review' })

  it('lets ordinary text through as visible', async () => {
    await expect(check('面料很舒服，尺码正合适')).resolves.toBe('visible')
  })

  it('holds text that needs review', async () => {
    await expect(check('便宜出，加微信 abc123')).resolves.toBe('held')
  })

  it('refuses risky text with CONTENT_RISKY, ignoring width and case', async () => {
    await expect(check('来玩赌博')).rejects.toMatchObject({ code: 'CONTENT_RISKY' })
    await expect(check('ＦＵＣＫ')).rejects.toMatchObject({ code: 'CONTENT_RISKY' })
  })

  it('records every verdict, refusals included', async () => {
    const rows = await database.db.select().from(contentChecks)
    const verdicts = rows.map((r) => r.suggest).sort()
    expect(verdicts).toEqual(['pass', 'review', 'risky', 'risky'])
    expect(rows.find((r) => r.suggest === 'risky')?.label).toBe(20006)
  })
})
