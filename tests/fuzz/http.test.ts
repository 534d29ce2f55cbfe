// The zero-5xx rule at the HTTP layer, against the real local cloud (cloud/server.ts as a child
// process, in development and in production): every action's fuzz cases as HTTP calls, the
// nasty request targets, and raw HTTP/1.1 bytes on a plain socket (malformed request lines, bad
// targets, absolute-form URLs, huge headers, bad escapes, broken lengths and bodies). Every
// answer is a success or a 4xx with a code of DESIGN.md, never a 5xx; the process neither exits
// nor logs a crash, and /health still answers afterwards.
// FUZZ_HTTP_CASES (default 2 per action and identity) and FUZZ_SEED widen or replay a run.
import { mkdtempSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { ERROR_CODES } from '../../src/domain/errors'
import { DEMO_MERCHANT_OPENID } from '../../cloud/seed/demo-store'
import { startCloud, type CloudProcess } from '../fault/cloud-process'
import { mutate, NASTY_TARGETS, plausible, rng } from './arbitrary'
import { fuzzSamples, registeredActions, seedFor } from './fuzz-setup'
import { RAW_REQUESTS } from './raw-requests'

/** Two PGlite servers starting beside a full parallel jest run on two cores: be patient. */
const START_TIMEOUT_MS = 180_000
const CASES = Number(process.env.FUZZ_HTTP_CASES ?? 2)
const SEED = Number(process.env.FUZZ_SEED ?? 20261125)
/** What a crash or an unforeseen failure leaves in the log. */
const CRASH_LOG = /\[http\] (request handler failed|unexpected failure)|\[cloud\] \S+ failed:|unhandled|uncaught|TypeError|RangeError|URIError/i


interface RawAnswer {
  statuses: number[]
  text: string
}

/** Writes `bytes` on a fresh connection; collects what comes back until the server closes or goes quiet. */
function sendRaw(baseUrl: string, bytes: Buffer, quietMs = 1_500): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl)
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let timer: NodeJS.Timeout
    const finish = () => {
      clearTimeout(timer)
      socket.destroy()
      const text = Buffer.concat(chunks).toString('latin1')
      resolve({ statuses: [...text.matchAll(/HTTP\/1\.[01] (\d{3})/g)].map((m) => Number(m[1])), text })
    }
    const quiet = () => {
      clearTimeout(timer)
      timer = setTimeout(finish, quietMs)
    }
    const socket = connect(Number(port), hostname, () => socket.write(bytes, () => quiet()))
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      quiet()
    })
    // A reset is one of the server's ways to refuse; what it said before counts.
    socket.on('error', finish)
    socket.on('close', finish)
    quiet()
  })
}

async function post(baseUrl: string, target: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(baseUrl + target, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })
  const text = await res.text()
  let json: any = null
  try {
    json = JSON.parse(text)
  } catch {
    // reported below as "not an envelope"
  }
  return { status: res.status, json, text }
}

/** Problems with one answer: a 5xx, or a failure that is not a 4xx envelope with a known code. */
function judge(where: string, status: number, json: any): string[] {
  if (status >= 500) return [`${where}: ${status} ${JSON.stringify(json).slice(0, 160)}`]
  if (json?.ok === true) return []
  if (json?.ok !== false || !(ERROR_CODES as readonly string[]).includes(json.error?.code)) return [`${where}: ${status}, not an error envelope with a code`]
  if (status < 400) return [`${where}: status ${status} for ${json.error.code}`]
  return []
}

describe('the local cloud over HTTP never answers 5xx and never dies', () => {
  let dataDir: string
  const clouds: Record<'development' | 'production', CloudProcess | null> = { development: null, production: null }

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'xd-http-fuzz-'))
    // Settled, not all: a server that did start must still be stopped in afterAll.
    const [development, production] = await Promise.allSettled([
      startCloud({ dataDir: path.join(dataDir, 'dev'), startTimeoutMs: START_TIMEOUT_MS }),
      startCloud({ dataDir: path.join(dataDir, 'prod'), production: true, startTimeoutMs: START_TIMEOUT_MS }),
    ])
    if (development.status === 'fulfilled') clouds.development = development.value
    if (production.status === 'fulfilled') clouds.production = production.value
    for (const started of [development, production]) if (started.status === 'rejected') throw started.reason
  }, START_TIMEOUT_MS + 30_000)

  afterAll(async () => {
    await Promise.all(Object.values(clouds).map((cloud) => cloud?.stop()))
    rmSync(dataDir, { recursive: true, force: true })
  }, 60_000)

  /** The process is alive, answers /health, and logged no crash. */
  async function expectHealthy(mode: keyof typeof clouds): Promise<void> {
    const cloud = clouds[mode]!
    expect({ mode, alive: cloud.alive() }).toEqual({ mode, alive: true })
    const health = await fetch(`${cloud.url}/health`)
    expect(health.status).toBe(200)
    expect(cloud.output().split('\n').filter((line) => CRASH_LOG.test(line))).toEqual([])
  }

  describe.each(['development', 'production'] as const)('%s', (mode) => {
    it('answers every nasty request target with a 4xx envelope', async () => {
      const cloud = clouds[mode]!
      const problems: string[] = []
      for (const target of NASTY_TARGETS) {
        const { statuses, text } = await sendRaw(cloud.url, Buffer.from(`POST ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`))
        const body = text.slice(text.indexOf('\r\n\r\n') + 4)
        let json: any = null
        try {
          json = JSON.parse(body)
        } catch {
          // judged below
        }
        if (statuses.length !== 1) problems.push(`POST ${target.slice(0, 60)}: ${statuses.length} answers`)
        else if (statuses[0] < 400) problems.push(`POST ${target.slice(0, 60)}: ${statuses[0]}`)
        else problems.push(...judge(`POST ${target.slice(0, 60)}`, statuses[0], json))
      }
      expect(problems).toEqual([])
      await expectHealthy(mode)
    }, 60_000)

    it('survives every raw request shape and still answers /health', async () => {
      const cloud = clouds[mode]!
      const problems: string[] = []
      for (const { label, bytes } of RAW_REQUESTS) {
        const { statuses } = await sendRaw(cloud.url, bytes)
        const bad = statuses.filter((status) => status >= 500)
        if (bad.length > 0) problems.push(`${label}: ${bad.join(', ')}`)
        if (!cloud.alive()) {
          problems.push(`${label}: the process exited`)
          break
        }
      }
      expect(problems).toEqual([])
      await expectHealthy(mode)
    }, 180_000)

    it('answers every action fuzzed over HTTP with a success or a 4xx envelope', async () => {
      const cloud = clouds[mode]!
      // Production refuses x-openid (401) and takes sessions: one from the login twin stands in.
      const session = mode === 'production' ? await post(cloud.url, '/fn/auth', JSON.stringify({ action: 'login', data: { code: 'dev:shopper-http' } })) : null
      const identities: Array<Record<string, string>> =
        mode === 'development'
          ? [{}, { 'x-openid': 'shopper-http' }, { 'x-openid': DEMO_MERCHANT_OPENID }]
          : [{}, { authorization: `Bearer ${session?.json?.data?.token}` }, { 'x-openid': DEMO_MERCHANT_OPENID }]
      const problems: string[] = []
      const samples = fuzzSamples()
      for (const { fn, action, operation } of registeredActions) {
        const input = operation.input
        const r = rng(seedFor(`${mode}.${fn}.${action}`, SEED))
        for (const headers of identities) {
          for (let i = 0; i < CASES; i++) {
            const base = plausible(input, r, { ids: ['demo'], samples })
            for (const { label, data } of [{ label: 'plausible', data: base }, mutate(base, r)]) {
              const answer = await post(cloud.url, `/fn/${fn}`, JSON.stringify({ action, data }), headers)
              problems.push(...judge(`${fn}.${action} ${Object.keys(headers)[0] ?? 'anonymous'} ${label}`, answer.status, answer.json))
            }
          }
        }
      }
      expect(problems).toEqual([])
      await expectHealthy(mode)
    }, 300_000)
  })
})
