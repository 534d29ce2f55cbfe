// Stalled clients get 408 and lose their connection; a normal request is unaffected.
import { connect, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { createNodeServer } from './node-server'

const timeouts = { headersMs: 300, requestMs: 600, keepAliveMs: 200 }

describe('HTTP server timeouts', () => {
  let server: Server
  let port: number
  beforeAll(async () => {
    // Echoes the body once it has all arrived, like the cloud's handler does.
    server = createNodeServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => res.end(`got ${Buffer.concat(chunks).length} bytes`))
    }, timeouts)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  /** Writes `text`, then waits for the server to answer and close; returns what it said and when. */
  function stall(text: string): Promise<{ answer: string; ms: number }> {
    return new Promise((resolve, reject) => {
      const started = Date.now()
      const socket: Socket = connect(port, '127.0.0.1', () => socket.write(text))
      let answer = ''
      socket.on('data', (d) => { answer += d.toString() })
      socket.on('close', () => resolve({ answer, ms: Date.now() - started }))
      socket.on('error', reject)
      setTimeout(() => { socket.destroy(); reject(new Error('the server kept a stalled connection open')) }, 10_000)
    })
  }

  it('answers 408 and closes when the head never completes', async () => {
    const { answer } = await stall('POST /fn/catalog HTTP/1.1\r\nHost: x\r\nContent-Ty')
    expect(answer).toMatch(/^HTTP\/1\.1 408/)
  })

  it('answers 408 and closes when the body stops arriving', async () => {
    const { answer, ms } = await stall('POST /fn/catalog HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"action":')
    expect(answer).toMatch(/^HTTP\/1\.1 408/)
    expect(ms).toBeGreaterThanOrEqual(timeouts.requestMs - 50) // not before the client had its time
  })

  it('serves a request that arrives in time', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/fn/catalog`, { method: 'POST', body: '{"action":"getStore"}' })
    expect(await res.text()).toBe('got 21 bytes')
  })
})

describe('HTTP server: no request ends the process', () => {
  let server: Server
  let port: number
  const logged: unknown[] = []
  let errorSpy: jest.SpyInstance
  beforeAll(async () => {
    errorSpy = jest.spyOn(console, 'error').mockImplementation((...args) => void logged.push(args))
    server = createNodeServer((req, res) => {
      if (req.url === '/throws') throw new Error('a bug that threw')
      if (req.url === '/rejects') return Promise.reject(new Error('a bug that rejected'))
      if (req.url === '/half') {
        res.writeHead(200, { 'content-type': 'text/plain' })
        res.write('half')
        throw new Error('a bug after the head went out')
      }
      res.end('fine')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(async () => {
    errorSpy.mockRestore()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it.each(['/throws', '/rejects'])('answers a handler that fails at %s with a 500 envelope, and serves on', async (path) => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`)
    expect(res.status).toBe(500)
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('fine')
  })

  it('cuts the connection when the failure comes after the head went out', async () => {
    await expect(fetch(`http://127.0.0.1:${port}/half`).then((res) => res.text())).rejects.toThrow()
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('fine')
  })

  it('answers a request Node cannot parse with a VALIDATION_FAILED envelope', async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket: Socket = connect(port, '127.0.0.1', () => socket.write('GARBAGE\r\n\r\n'))
      let text = ''
      socket.on('data', (d) => { text += d.toString() })
      socket.on('close', () => resolve(text))
      socket.on('error', reject)
    })
    expect(answer).toMatch(/^HTTP\/1\.1 400 /)
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
  })

  it('answers a huge header with 431 and the envelope', async () => {
    const answer = await new Promise<string>((resolve) => {
      const socket: Socket = connect(port, '127.0.0.1', () => socket.write(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(100_000)}\r\n\r\n`))
      let text = ''
      socket.on('data', (d) => { text += d.toString() })
      socket.on('close', () => resolve(text))
      socket.on('error', () => resolve(text))
    })
    expect(answer).toMatch(/^HTTP\/1\.1 431 /)
    expect(answer).toContain('"VALIDATION_FAILED"')
  })
})
