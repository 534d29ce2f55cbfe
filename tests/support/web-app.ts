// The local cloud's HTTP app serving a built storefront: a fresh database with the demo store,
// a temporary web root holding the files given, and the app on a free loopback port. What the
// suites about pages as browsers and crawlers get them start from (compression and caching,
// security headers, link previews), with a request that sends exactly the headers given.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request, type Agent } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { Database } from '../../cloud/db/client'
import { registry } from '../../cloud/functions'
import { createHttpApp, type HttpAppOptions } from '../../cloud/http/app'
import { localPlatform } from '../../cloud/platform/local'
import { seedDemoStore } from '../../cloud/seed/demo-store'
import { serveHttp } from './http-server'
import { openTestDatabase } from './test-db'

/** The rem-sizing inline script Taro writes into the built page; the CSP allows it by hash. */
export const INLINE_SCRIPT = '!function(n){n.document.documentElement.style.fontSize="20px"}(window);'

export interface WebApp {
  database: Database
  base: string
  /** The web root, for a file added while the app runs. */
  webRoot: string
  close(): Promise<void>
}

/** `files` by path under the web root, e.g. { 'index.html': PAGE, 'js/app.1234abcd.js': SCRIPT }. */
export async function startWebApp(files: Record<string, string | Buffer>, options: Partial<HttpAppOptions> = {}): Promise<WebApp> {
  const database = await openTestDatabase()
  await seedDemoStore(database.db)
  const webRoot = mkdtempSync(path.join(os.tmpdir(), 'xd-web-'))
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(webRoot, name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
  const handle = createHttpApp({ db: database.db, registry, platform: localPlatform(), production: false, webRoot, ...options })
  const { server, base } = await serveHttp(handle)
  return {
    database,
    base,
    webRoot,
    async close() {
      await new Promise((resolve) => server.close(resolve))
      await database.close()
      rmSync(webRoot, { recursive: true, force: true })
    },
  }
}

export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/**
 * A request with exactly the headers given: fetch would add its own Accept-Encoding and decode.
 * A fresh connection each time unless given an agent that keeps them (the bench's, as a browser does).
 */
export function rawRequest(
  base: string,
  target: string,
  headers: Record<string, string> = {},
  method = 'GET',
  body?: string,
  agent: Agent | false = false,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const url = new URL(base)
    const req = request({ host: url.hostname, port: url.port, path: target, method, agent, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end(body)
  })
}
