import { IMPORT_HEADERS, readImportRows } from './product-import'

const header = [...IMPORT_HEADERS]
const row = (title: string, price: string, stock: string, spec: [string, string] = ['', '']) => [title, '', spec[0], spec[1], '', '', '', '', price, stock, '#OOTD 夏日', '']

describe('readImportRows', () => {
  it('groups rows by title into products with one SKU per row, in fen', () => {
    const { products, errors } = readImportRows([header, row('杯子', '12.9', '3', ['颜色', '红']), row('杯子', '¥13', '0', ['颜色', '蓝']), row('豆子', '58', '100')])
    expect(errors).toEqual([])
    expect(products).toEqual([
      expect.objectContaining({ row: 2, title: '杯子', hashtags: ['#OOTD', '夏日'], skus: [{ row: 2, specs: { 颜色: '红' }, price: 1290, stock: 3 }, { row: 3, specs: { 颜色: '蓝' }, price: 1300, stock: 0 }] }),
      expect.objectContaining({ row: 4, title: '豆子', skus: [{ row: 4, specs: {}, price: 5800, stock: 100 }] }),
    ])
  })

  it('names each bad row by the number the spreadsheet shows, in Chinese', () => {
    const { errors, products } = readImportRows([header, row('', '1', '1'), row('a', '1.234', '1'), row('b', '1', '-1'), row('c', '1', '1', ['颜色', ''])])
    expect(errors.map((e) => e.row)).toEqual([2, 3, 4, 5])
    expect(errors[0].message).toContain('商品名称不能为空')
    expect(errors[1].message).toContain('价格')
    expect(errors[2].message).toContain('库存')
    expect(errors[3].message).toContain('规格1的名称和值要一起填写')
    expect(products).toEqual([])
  })

  it('skips empty rows, reads headers written with half-width brackets, and refuses a file without the template headers', () => {
    const alt = header.map((h) => h.replace('（', '(').replace('）', ')'))
    expect(readImportRows([alt, ['', ''], row('杯子', '1', '1')]).products).toHaveLength(1)
    expect(readImportRows([['名字', '钱']]).errors).toEqual([{ row: 1, message: expect.stringContaining('表头缺少') }])
  })
})
