import { z } from 'zod'
import { AppError } from '../src/domain/errors'
import { openTestDatabase, testCtx, DATABASE_KIND } from '../tests/support/test-db'
import type { Database } from './db/client'
import { dispatch, type Registry } from './dispatch'
import { defineOperation, requireOpenid } from './operation'

const echo = defineOperation({
  input: z.object({ n: z.number().int() }).strict(),
  access: 'public',
  run: async (_ctx, input) => ({ twice: input.n * 2 }),
})
const whoami = defineOperation({
  input: z.object({}).strict(),
  access: 'user',
  run: async (ctx) => ({ openid: requireOpenid(ctx) }),
})
const tick = defineOperation({
  input: z.object({}).strict(),
  access: 'platform',
  run: async () => ({ ticked: true }),
})
const refuses = defineOperation({
  input: z.object({}).strict(),
  access: 'public',
  run: async () => {
    throw new AppError('ORDER_STATE', '订单已取消')
  },
})
const crashes = defineOperation({
  input: z.object({}).strict(),
  access: 'public',
  run: async () => {
    throw new Error('secret stack detail')
  },
})

// `catalog` and `timer` are names of the contract, so the registry accepts them.
const registry: Registry = { catalog: { echo, whoami, refuses, crashes }, timer: { tick } }

describe(`dispatch (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase()
  })
  afterAll(() => database.close())

  const run = (fn: string, envelope: unknown, options: Parameters<typeof testCtx>[1] = {}) =>
    dispatch(registry, fn, envelope, testCtx(database, options))

  it('runs an action and answers with the ok envelope', async () => {
    const answer = await run('catalog', { action: 'echo', data: { n: 21 } })
    expect(answer).toEqual({ status: 200, body: { ok: true, data: { twice: 42 } } })
  })

  it('refuses an unknown function with NOT_FOUND, even one not in the contract', async () => {
    for (const name of ['nope', 'order', '__proto__', 'x'.repeat(500)]) {
      const answer = await run(name, { action: 'echo', data: { n: 1 } })
      expect(answer.status).toBe(404)
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
  })

  it.each([
    ['no envelope', undefined],
    ['a string', 'echo'],
    ['an array', [{ action: 'echo' }]],
    ['no action', { data: {} }],
    ['an empty action', { action: '', data: {} }],
    ['a numeric action', { action: 7 }],
    ['data that is an array', { action: 'echo', data: [1] }],
    ['data that is null', { action: 'echo', data: null }],
  ])('refuses a malformed envelope (%s) with VALIDATION_FAILED', async (_label, envelope) => {
    const answer = await run('catalog', envelope)
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
  })

  it.each(['unknown', 'constructor', 'toString', 'hasOwnProperty'])(
    'refuses the unknown action %s instead of doing nothing',
    async (action) => {
      const answer = await run('catalog', { action, data: {} })
      expect(answer.status).toBe(400)
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    },
  )

  it('validates the input and names the field in Chinese', async () => {
    const answer = await run('catalog', { action: 'echo', data: { n: 'x', extra: 1 } })
    expect(answer.status).toBe(400)
    if (answer.body.ok) throw new Error('expected a failure')
    expect(answer.body.error.code).toBe('VALIDATION_FAILED')
    expect(answer.body.error.message).toContain('参数不正确')
    expect(answer.body.error.details?.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'n' })]),
    )
  })

  it('asks for identity before running an action that needs one', async () => {
    const anonymous = await run('catalog', { action: 'whoami' })
    expect(anonymous.status).toBe(401)
    expect(anonymous.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    const known = await run('catalog', { action: 'whoami' }, { openid: 'shopper-a' })
    expect(known.body).toEqual({ ok: true, data: { openid: 'shopper-a' } })
  })

  it('lets only the platform run platform actions', async () => {
    const byUser = await run('timer', { action: 'tick' }, { openid: 'shopper-a' })
    expect(byUser.status).toBe(403)
    expect(byUser.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const byPlatform = await run('timer', { action: 'tick' }, { caller: 'platform' })
    expect(byPlatform.body).toEqual({ ok: true, data: { ticked: true } })
  })

  it('passes an AppError through as data with its status', async () => {
    const answer = await run('catalog', { action: 'refuses' })
    expect(answer).toEqual({ status: 409, body: { ok: false, error: { code: 'ORDER_STATE', message: '订单已取消' } } })
  })

  it('turns an unexpected failure into INTERNAL without leaking its insides', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const answer = await run('catalog', { action: 'crashes' })
    expect(spy).toHaveBeenCalled()
    spy.mockRestore()
    expect(answer.status).toBe(500)
    expect(JSON.stringify(answer.body)).not.toContain('secret')
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  })
})
