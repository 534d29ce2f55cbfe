// Store names, titles, comments and addresses are written by strangers, and the H5 storefront
// runs on the same origin as the session. These checks keep every path by which such text
// could become markup out of src/: text is rendered by React (escaped) or set through
// setPageTitle (src/services/page-title.*), never through an HTML sink.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const SRC = path.resolve(__dirname, '..')
const ROOT = path.resolve(SRC, '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx|js|jsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : []
  })
}

/** The code without its comments, which may name the sinks they explain. */
function code(file: string): string {
  return readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
}

const files = sourceFiles(SRC).map((file) => ({ file: path.relative(ROOT, file), text: code(file) }))

function filesMatching(pattern: RegExp, allowed: readonly string[] = []): string[] {
  return files.filter(({ file, text }) => pattern.test(text) && !allowed.includes(file)).map(({ file }) => file)
}

describe('no HTML sinks for data in src/', () => {
  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(50)
  })

  it('sets navigation bar titles only through setPageTitle (Taro H5 writes them with innerHTML)', () => {
    expect(filesMatching(/setNavigationBarTitle|__taroH5SetNavigationBarTitle/, [
      'src/services/page-title.h5.ts',
      'src/services/page-title.weapp.ts',
    ])).toEqual([])
  })

  it.each([
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['innerHTML / outerHTML', /\b(inner|outer)HTML\b/],
    ['insertAdjacentHTML', /insertAdjacentHTML/],
    ['document.write', /document\.write/],
    ['createContextualFragment', /createContextualFragment/],
    ['RichText (renders its nodes as markup)', /\bRichText\b|rich-text/],
    ['eval / new Function', /\beval\s*\(|new\s+Function\s*\(/],
  ])('never uses %s', (_name, pattern) => {
    expect(filesMatching(pattern)).toEqual([])
  })
})

describe("Taro's H5 APIs the app calls with data", () => {
  const taroH5 = readFileSync(require.resolve('@tarojs/taro-h5/dist/index.esm.js', { paths: [ROOT] }), 'utf8')

  it('set toast, modal, loading and action sheet text with textContent', () => {
    for (const field of ['this.title.textContent = config.title', 'this.text.textContent = config.content', 'cell.textContent = item']) {
      expect(taroH5).toContain(field)
    }
  })

  it('use innerHTML only for the location picker, with fixed markup', () => {
    const sites = [...taroH5.matchAll(/innerHTML/g)].map((match) => taroH5.slice(Math.max(0, match.index! - 1200), match.index))
    expect(sites).toHaveLength(1)
    expect(sites[0]).toContain('function createLocationChooser')
  })
})
