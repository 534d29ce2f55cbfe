// Bundles every cloud function for WeChat Cloud Development: dist-cloud/<name>/ holds
// index.js (esbuild, one file), package.json (wx-server-sdk is installed by the platform),
// config.json (openapi permissions; the timer trigger) and the SQL migrations.
import { build } from 'esbuild'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { registry } from '../cloud/functions'
import { openapiPermissionsOf } from '../cloud/platform/wechat/openapi-permissions'

const root = path.resolve(__dirname, '..')
const out = path.join(root, 'dist-cloud')

/** Per-function platform config; the timer runs its actions once a minute (UTC+8 cron). */
function configOf(name: string, openapi: string[]): Record<string, unknown> {
  const config: Record<string, unknown> = { permissions: { openapi } }
  if (name === 'timer') config.triggers = [{ name: 'tick', type: 'timer', config: '0 * * * * * *' }]
  return config
}

/**
 * The openapi names this function's own operations can reach. Every bundle carries every
 * adapter (the entry builds the whole Platform), so the adapters and the entry are left out:
 * what counts is which capabilities the function's operations and their helpers call.
 */
function permissionsOf(inputs: string[]): string[] {
  const own = inputs.filter((file) => file.startsWith('cloud/') && !file.startsWith('cloud/platform/') && !file.startsWith('cloud/wechat/'))
  return openapiPermissionsOf(own.map((file) => readFileSync(path.join(root, file), 'utf8')))
}

async function bundle(name: string): Promise<number> {
  const dir = path.join(out, name)
  mkdirSync(dir, { recursive: true })
  const result = await build({
    stdin: {
      contents: [
        `import { createWechatMain } from './cloud/wechat/entry'`,
        `import { ${name} } from './cloud/functions/${name}'`,
        `export const main = createWechatMain(${JSON.stringify(name)}, ${name})`,
      ].join('\n'),
      resolveDir: root,
      sourcefile: `${name}.ts`,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    outfile: path.join(dir, 'index.js'),
    // Provided by the platform, or never used there (PGlite: the cloud runs on PostgreSQL).
    external: ['wx-server-sdk', 'pg-native', '@electric-sql/pglite'],
    minify: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  })
  cpSync(path.join(root, 'cloud/db/migrations'), path.join(dir, 'migrations'), { recursive: true })
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name, version: '1.0.0', main: 'index.js', private: true, dependencies: { 'wx-server-sdk': '~3.0.1' } }, null, 2) + '\n',
  )
  const openapi = permissionsOf(Object.keys(result.metafile.inputs))
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify(configOf(name, openapi), null, 2) + '\n')
  return Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0)
}

async function main(): Promise<void> {
  rmSync(out, { recursive: true, force: true })
  for (const name of Object.keys(registry)) {
    const bytes = await bundle(name)
    console.log(`cloud function ${name.padEnd(10)} ${(bytes / 1024).toFixed(1)} KB → dist-cloud/${name}/`)
  }
  // A real appid (TARO_APP_ID) goes into DevTools' private project config, never into git.
  if (process.env.TARO_APP_ID) {
    writeFileSync(path.join(root, 'project.private.config.json'), JSON.stringify({ appid: process.env.TARO_APP_ID }, null, 2) + '\n')
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
