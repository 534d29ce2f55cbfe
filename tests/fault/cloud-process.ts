// The real local cloud (`cloud/server.ts`) as a child process the fault suites can SIGKILL.
// Node runs the server itself with tsx as a loader: the `tsx` command would put a parent
// process in between, and a SIGKILL to that parent would leave the server running.
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..', '..')
/** PGlite opens, recovers and migrates in 5–8 s on a loaded two-core machine; leave room. */
const START_TIMEOUT_MS = 60_000

export interface CloudProcess {
  url: string
  pid: number
  /** From spawn to the "listening" line. */
  startMs: number
  /** SIGKILL: no handler runs, nothing is flushed or closed. */
  kill(): Promise<void>
  /** SIGTERM: the server's own clean shutdown (closes PGlite, which writes on close). */
  stop(): Promise<void>
  /** Still running (it has not exited by itself). */
  alive(): boolean
  /** Everything it wrote to stdout and stderr so far. */
  output(): string
}

export interface CloudEnv {
  /** PGlite folder parent (the server uses DATA_DIR/pglite). */
  dataDir: string
  /** PostgreSQL instead of PGlite. */
  databaseUrl?: string
  /** NODE_ENV=production, logging in with the WeChat twin (WECHAT_TWIN=1). */
  production?: boolean
  /** How long to wait for the "listening" line (START_TIMEOUT_MS by default). */
  startTimeoutMs?: number
}

export async function startCloud(env: CloudEnv): Promise<CloudProcess> {
  const started = Date.now()
  // NODE_OPTIONS of the jest run (vm modules) is not the server's business.
  const { NODE_OPTIONS: _jestOnly, ...inherited } = process.env
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'cloud', 'server.ts')], {
    cwd: ROOT,
    env: {
      ...inherited,
      NODE_ENV: env.production ? 'production' : 'development',
      WECHAT_TWIN: env.production ? '1' : '',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: env.dataDir,
      DATABASE_URL: env.databaseUrl ?? '',
      SEED: '1',
      LOCAL_TIMERS: '0',
      WEB_ROOT: path.join(env.dataDir, 'no-web-root'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const log: string[] = []
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = await new Promise<string>((resolve, reject) => {
    const timeoutMs = env.startTimeoutMs ?? START_TIMEOUT_MS
    const timer = setTimeout(() => fail(new Error(`the cloud did not listen within ${timeoutMs} ms`)), timeoutMs)
    function fail(error: Error) {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(new Error(`${error.message}\n--- server output ---\n${log.join('')}`))
    }
    const onOutput = (chunk: Buffer) => {
      const text = chunk.toString()
      log.push(text)
      const listening = /listening on (http:\/\/\S+)/.exec(log.join(''))
      if (listening) {
        clearTimeout(timer)
        resolve(listening[1])
      }
    }
    child.stdout!.on('data', onOutput)
    child.stderr!.on('data', onOutput)
    child.once('exit', (code, signal) => fail(new Error(`the cloud exited before listening (code ${code}, signal ${signal})`)))
  })
  // Keep draining the pipes so a chatty server never blocks on a full one (the listeners above
  // keep collecting the log).
  child.stdout!.resume()
  child.stderr!.resume()
  const startMs = Date.now() - started
  const pid = child.pid!

  async function signal(child: ChildProcess, name: NodeJS.Signals): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill(name)
    await exited
  }
  return {
    url,
    pid,
    startMs,
    kill: () => signal(child, 'SIGKILL'),
    alive: () => child.exitCode === null && child.signalCode === null,
    output: () => log.join(''),
    async stop() {
      const stuck = setTimeout(() => child.kill('SIGKILL'), 15_000)
      await signal(child, 'SIGTERM')
      clearTimeout(stuck)
    },
  }
}
