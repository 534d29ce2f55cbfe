// The client address reaches operations through ctx.clientIp: the socket's peer, and the
// proxy's X-Forwarded-For only when the server was told to trust it (TRUST_PROXY).
import type { Server } from 'node:http'
import { z } from 'zod'
import { openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import type { Registry } from '../dispatch'
import { defineOperation } from '../operation'
import { localPlatform } from '../platform/local'
import { createHttpApp } from './app'
import { serveHttp } from '../../tests/support/http-server'

const probe: Registry = {
  catalog: { clientIp: defineOperation({ input: z.object({}).strict(), access: 'public', run: async (ctx) => ({ clientIp: ctx.clientIp ?? null }) }) },
}

describe('ctx.clientIp over HTTP', () => {
  let database: Database
  const servers: Server[] = []
  beforeAll(async () => {
    database = await openTestDatabase()
  })
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))))
    await database.close()
  })

  async function serve(trustProxy: boolean): Promise<string> {
    const handle = createHttpApp({ db: database.db, registry: probe, platform: localPlatform(), production: false, webRoot: null, trustProxy })
    const { server, base } = await serveHttp(handle)
    servers.push(server)
    return base
  }
  const ask = async (base: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}/fn/catalog`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ action: 'clientIp', data: {} }) })
    return (await res.json()).data.clientIp as string | null
  }

  it('is the socket peer, and a client cannot choose it with X-Forwarded-For', async () => {
    const base = await serve(false)
    expect(await ask(base)).toMatch(/^(::ffff:)?127\.0\.0\.1$/)
    expect(await ask(base, { 'x-forwarded-for': '198.51.100.9' })).toMatch(/^(::ffff:)?127\.0\.0\.1$/)
  })

  it('behind a trusted proxy, is the address the proxy appended (the last entry), not what the client wrote before it', async () => {
    const base = await serve(true)
    expect(await ask(base, { 'x-forwarded-for': '10.9.9.9, 203.0.113.7' })).toBe('203.0.113.7')
    expect(await ask(base)).toMatch(/^(::ffff:)?127\.0\.0\.1$/)
  })
})
