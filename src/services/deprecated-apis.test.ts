// WeChat stopped maintaining chooseImage (use chooseMedia) and getSystemInfo/getSystemInfoSync
// (use getWindowInfo, getDeviceInfo, …) from base library 2.20–2.21; the app calls neither.
import fs from 'node:fs'
import path from 'node:path'

const SRC = path.resolve(__dirname, '..')
const DEPRECATED = /\b(?:Taro|wx)\.(chooseImage|getSystemInfoSync|getSystemInfo|getSystemInfoAsync)\b/g

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : []
  })
}

it('no deprecated WeChat API is called', () => {
  const uses = sourceFiles(SRC).flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(DEPRECATED)].map((m) => `${path.relative(SRC, file)}: ${m[1]}`),
  )
  expect(uses).toEqual([])
})
