// The product import's sheet: its columns (the template the console hands out), and how rows
// become products. Rows that share a 商品名称 are one product, each row one of its SKUs (a
// spec combination with its price and stock). Problems are reported per row, in Chinese,
// with the row number the merchant sees in the spreadsheet (the header is row 1).
import { parseYuan } from './money'
import { parseStock } from './product-form'
import { MAX_SPEC_DIMENSIONS } from './sku-matrix'

export const IMPORT_HEADERS = [
  '商品名称',
  '商品描述',
  '规格1名称',
  '规格1值',
  '规格2名称',
  '规格2值',
  '规格3名称',
  '规格3值',
  '价格（元）',
  '库存',
  '话题标签',
  '分类',
] as const

/** Rows beyond this are refused as a whole: split the file. */
export const MAX_IMPORT_ROWS = 2000
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024

export const IMPORT_EXAMPLE_ROWS: string[][] = [
  ['手工陶瓷马克杯', '景德镇手工拉坯，容量 350ml', '颜色', '月白', '', '', '', '', '39.90', '50', '陶瓷 手作', '杯具'],
  ['手工陶瓷马克杯', '', '颜色', '天青', '', '', '', '', '42.00', '30', '', ''],
  ['云南小粒咖啡豆', '中度烘焙 250g', '', '', '', '', '', '', '58', '100', '咖啡', '食品'],
]

export interface RowError {
  row: number
  message: string
}

export interface ImportSku {
  row: number
  specs: Record<string, string>
  price: number
  stock: number
}

export interface ImportProduct {
  /** The row the product starts on (its description, hashtags and category come from it). */
  row: number
  title: string
  description: string
  hashtags: string[]
  category: string
  skus: ImportSku[]
}

/** 价格（元） and 价格(元) and 价格 all name the same column. */
function headerKey(header: string): string {
  return header.replace(/[（(][^）)]*[）)]/g, '').replace(/\s+/g, '')
}

const KEYS = IMPORT_HEADERS.map(headerKey)

/**
 * Reads the sheet's rows (the first is the header) into products; rows with problems are
 * left out and listed. Fully empty rows are skipped.
 */
export function readImportRows(rows: readonly (readonly string[])[]): { products: ImportProduct[]; errors: RowError[] } {
  const errors: RowError[] = []
  const header = (rows[0] ?? []).map((cell) => headerKey(String(cell ?? '')))
  const column = new Map<string, number>()
  header.forEach((key, i) => {
    if (KEYS.includes(key) && !column.has(key)) column.set(key, i)
  })
  const missing = ['商品名称', '价格', '库存'].filter((key) => !column.has(key))
  if (missing.length > 0) return { products: [], errors: [{ row: 1, message: `表头缺少：${missing.join('、')}，请使用导入模板` }] }
  if (rows.length - 1 > MAX_IMPORT_ROWS) return { products: [], errors: [{ row: 1, message: `一次最多导入 ${MAX_IMPORT_ROWS} 行，请分成几个文件` }] }

  const byTitle = new Map<string, ImportProduct>()
  for (let i = 1; i < rows.length; i++) {
    const rowNo = i + 1
    const cell = (key: string) => {
      const at = column.get(key)
      return at === undefined ? '' : String(rows[i][at] ?? '').trim()
    }
    if (rows[i].every((value) => String(value ?? '').trim() === '')) continue
    const problems: string[] = []
    const title = cell('商品名称')
    if (!title) problems.push('商品名称不能为空')
    const price = parseYuan(cell('价格'))
    if (price === null || price < 1) problems.push(`价格「${cell('价格')}」无效，应为大于 0 的金额，最多两位小数`)
    const stock = parseStock(cell('库存'))
    if (stock === null) problems.push(`库存「${cell('库存')}」无效，应为 0 到 999999 的整数`)
    const specs: Record<string, string> = {}
    for (let d = 1; d <= MAX_SPEC_DIMENSIONS; d++) {
      const name = cell(`规格${d}名称`)
      const value = cell(`规格${d}值`)
      if (!name && !value) continue
      if (!name || !value) {
        problems.push(`规格${d}的名称和值要一起填写`)
        continue
      }
      if (name in specs) problems.push(`规格名「${name}」重复`)
      specs[name] = value
    }
    if (problems.length > 0) {
      errors.push({ row: rowNo, message: problems.join('；') })
      continue
    }
    const sku: ImportSku = { row: rowNo, specs, price: price!, stock: stock! }
    const known = byTitle.get(title)
    if (known) {
      known.skus.push(sku)
      continue
    }
    byTitle.set(title, {
      row: rowNo,
      title,
      description: cell('商品描述'),
      hashtags: cell('话题标签')
        .split(/[\s,，、]+/)
        .filter(Boolean),
      category: cell('分类'),
      skus: [sku],
    })
  }
  return { products: [...byTitle.values()], errors }
}
