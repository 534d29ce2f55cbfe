import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Platform } from '../platform'
import { localContentCheck } from './content-check'
import { localEntryLinks } from './entry-links'
import { localFiles, type LocalFiles } from './files'
import { localLive } from './live'
import { localLogistics } from './logistics'
import { localLogin } from './login'
import { localMediaCheck, type LocalMediaCheck } from './media-check'
import { localMessages } from './messages'
import { localPay } from './pay'
import { localShipping } from './shipping'

export interface LocalPlatformOptions {
  /** Base URL of the local cloud for links it hands out; PUBLIC_URL or port 3000 by default. */
  publicUrl?: () => string
  /** Pushes media verdicts on their own this long after a check; tests call deliver() instead. */
  mediaAutoDeliverMs?: number
  /** DATA_DIR: exports are kept under it, uploads read from its uploads folder; a temporary folder by default. */
  dataDir?: string
}

export type LocalPlatform = Platform & { kind: 'local'; media: LocalMediaCheck; files: LocalFiles }

const defaultPublicUrl = () => (process.env.PUBLIC_URL || `http://127.0.0.1:${process.env.PORT || 3000}`).replace(/\/+$/, '')

/** Every capability's local twin: what H5 development and the tests run on. */
export function localPlatform(options: LocalPlatformOptions = {}): LocalPlatform {
  const dataDir = options.dataDir ?? defaultDataDir()
  return {
    kind: 'local',
    content: localContentCheck(),
    media: localMediaCheck({ autoDeliverMs: options.mediaAutoDeliverMs }),
    messages: localMessages(),
    entryLinks: localEntryLinks({ publicUrl: options.publicUrl ?? defaultPublicUrl }),
    live: localLive(),
    login: localLogin(),
    pay: localPay(),
    shipping: localShipping(),
    logistics: localLogistics(),
    files: localFiles({ dir: dataDir, uploadsDir: path.join(dataDir, 'uploads') }),
  }
}

let scratch: string | null = null
/** One temporary folder per process for platforms made without a DATA_DIR (tests). */
function defaultDataDir(): string {
  scratch ??= mkdtempSync(path.join(os.tmpdir(), 'xiaodian-files-'))
  return scratch
}
