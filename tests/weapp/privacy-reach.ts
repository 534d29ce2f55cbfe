// Which compiled pages can reach a privacy-bound WeChat API or component, found by walking the
// source import graph the way the weapp build resolves it (`x.weapp.tsx` before `x.tsx`, `@/`
// is src/). Pages come from dist/app.json, so a new page or a new call is covered without a list.
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

const SRC = path.resolve(__dirname, '../../src')

/**
 * What WeChat holds until onNeedPrivacyAuthorization is answered: the APIs from its privacy
 * guide that an app like ours could call (deliberately broader than what the app uses today)…
 */
export const PRIVACY_API_NAMES = [
  'chooseMedia', 'chooseImage', 'chooseVideo', 'chooseMessageFile',
  'chooseAddress', 'chooseLocation', 'choosePoi', 'getLocation', 'getFuzzyLocation',
  'startLocationUpdate', 'startLocationUpdateBackground', 'onLocationChange',
  'saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum', 'setClipboardData', 'getClipboardData',
  'getUserProfile', 'chooseInvoiceTitle', 'addPhoneContact', 'authorize', 'requirePrivacyAuthorize',
]

/** …and the components (avatar button, nickname input, phone button). */
export const PRIVACY_CALL = new RegExp(
  `\\.(${PRIVACY_API_NAMES.join('|')})\\(|openType=['"{](chooseAvatar|getPhoneNumber|getRealtimePhoneNumber)|type=['"]nickname`,
)

const EXTENSIONS = ['.weapp.tsx', '.weapp.ts', '.tsx', '.ts']

function resolveImport(from: string, spec: string): string | null {
  let base: string
  if (spec.startsWith('@/')) base = path.join(SRC, spec.slice(2))
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec)
  else return null // a package: not our code
  for (const candidate of [...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.map((ext) => path.join(base, 'index' + ext))]) {
    if (fs.existsSync(candidate)) return candidate
  }
  return null // a stylesheet or an asset
}

function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX)
  const specs: string[] = []
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!(ts.isImportDeclaration(node) && node.importClause?.isTypeOnly)) specs.push(node.moduleSpecifier.text)
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0])) {
      specs.push(node.arguments[0].text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return specs.map((spec) => resolveImport(file, spec)).filter((f): f is string => f !== null)
}

/** The page's source file for a page path such as `packages/order/pages/checkout/index`. */
export function pageSource(pagePath: string): string {
  const file = resolveImport(path.join(SRC, 'app.tsx'), './' + pagePath)
  if (!file) throw new Error(`no source for page ${pagePath}`)
  return file
}

/** Files (relative to src/) in the page's import graph that call a privacy-bound API. */
export function privacyCallsReachedFrom(pagePath: string): string[] {
  const seen = new Set<string>()
  const stack = [pageSource(pagePath)]
  while (stack.length > 0) {
    const file = stack.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    stack.push(...importsOf(file))
  }
  return [...seen].filter((file) => PRIVACY_CALL.test(fs.readFileSync(file, 'utf8'))).map((file) => path.relative(SRC, file)).sort()
}
