// How src calls WeChat: the table of privacy-bound APIs (src/domain/privacy-apis.ts) is complete —
// app code calls none of them except through services/privacy-apis, which calls only what the
// table lists, so requiredPrivateInfos and the consent checks cannot miss a new call — and no
// deprecated API is left: WeChat stopped maintaining chooseImage (use chooseMedia) and
// getSystemInfo/getSystemInfoSync (use getWindowInfo, getDeviceInfo, …) from base library 2.20–2.21.
import fs from 'node:fs'
import path from 'node:path'
import { PRIVACY_API_NAMES } from '../../tests/weapp/privacy-reach'
import { PRIVACY_APIS } from '@/domain/privacy-apis'

const SRC = path.resolve(__dirname, '..')
const SERVICE = path.join(SRC, 'services/privacy-apis.ts')
const CALL = new RegExp(`\\b(?:Taro|wx)\\.(${PRIVACY_API_NAMES.join('|')})\\(`, 'g')
const DEPRECATED = /\b(?:Taro|wx)\.(chooseImage|getSystemInfoSync|getSystemInfo|getSystemInfoAsync)\b/g

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : []
  })
}

const callsIn = (file: string, pattern = CALL) => [...fs.readFileSync(file, 'utf8').matchAll(pattern)].map((m) => m[1])

describe('privacy-bound WeChat calls', () => {
  it('go through services/privacy-apis only', () => {
    const elsewhere = sourceFiles(SRC)
      .filter((file) => file !== SERVICE)
      .flatMap((file) => callsIn(file).map((api) => `${path.relative(SRC, file)}: ${api}`))
      // Asking WeChat to run its own consent check is the privacy store's job, not a feature call.
      .filter((call) => call !== 'services/privacy-platform.weapp.ts: requirePrivacyAuthorize')
    expect(elsewhere).toEqual([])
  })

  it('are each listed in the table, and the table lists nothing unused', () => {
    expect([...new Set(callsIn(SERVICE))].sort()).toEqual(Object.keys(PRIVACY_APIS).sort())
  })
})

it('no deprecated WeChat API is called', () => {
  const uses = sourceFiles(SRC).flatMap((file) => callsIn(file, DEPRECATED).map((api) => `${path.relative(SRC, file)}: ${api}`))
  expect(uses).toEqual([])
})
