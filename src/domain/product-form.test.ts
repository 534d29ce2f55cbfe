import type { Product } from './catalog'
import {
  emptyProductForm,
  fenToYuanText,
  fillAllSkus,
  parseStock,
  productFieldOf,
  productToForm,
  validateProductForm,
  withDimensions,
  type ProductForm,
} from './product-form'

function filled(overrides: Partial<ProductForm> = {}): ProductForm {
  const form = withDimensions({ ...emptyProductForm(), title: ' 手工马克杯 ', images: ['/files/uploads/a.jpg'], hashtags: ['#手作'] }, [
    { name: '颜色', values: ['月白', '天青'] },
    { name: '容量', values: ['350ml'] },
  ])
  return { ...fillAllSkus(fillAllSkus(form, 'price', '68'), 'stock', '10'), ...overrides }
}

describe('validateProductForm', () => {
  it('turns yuan into fen, stock into integers and normalises hashtags', () => {
    const form = filled()
    form.skus[1] = { ...form.skus[1], price: '¥72.5', stock: '0' }
    const result = validateProductForm(form, 'store-1')
    expect(result).toEqual({
      ok: true,
      input: {
        storeId: 'store-1',
        title: '手工马克杯',
        description: '',
        images: ['/files/uploads/a.jpg'],
        hashtags: ['手作'],
        status: 'on_sale',
        skus: [
          { specs: { 颜色: '月白', 容量: '350ml' }, price: 6800, stock: 10 },
          { specs: { 颜色: '天青', 容量: '350ml' }, price: 7250, stock: 0 },
        ],
      },
    })
  })

  it('keeps SKU ids and the product id when editing', () => {
    const form = filled({ productId: 'p1' })
    form.skus[0] = { ...form.skus[0], id: 'k1' }
    const result = validateProductForm(form, 's')
    expect(result.ok && result.input.productId).toBe('p1')
    expect(result.ok && result.input.skus.map((s) => s.id)).toEqual(['k1', undefined])
  })

  it('reports each bad price and stock beside its own SKU row', () => {
    const form = filled()
    form.skus[0] = { ...form.skus[0], price: '12.345', stock: '-1' }
    form.skus[1] = { ...form.skus[1], price: '', stock: '' }
    const result = validateProductForm(form, 's')
    expect(result).toEqual({
      ok: false,
      errors: {
        'skus.0.price': '价格格式不正确，如 12.90',
        'skus.0.stock': '库存应为 0–999999 的整数',
        'skus.1.price': '请填写价格',
        'skus.1.stock': '请填写库存',
      },
    })
  })

  it('refuses a price of zero and one over the maximum', () => {
    const form = filled()
    form.skus[0] = { ...form.skus[0], price: '0' }
    form.skus[1] = { ...form.skus[1], price: '1000000' }
    const result = validateProductForm(form, 's')
    expect(!result.ok && result.errors).toEqual({ 'skus.0.price': '价格至少 ¥0.01', 'skus.1.price': '价格不能超过 ¥999999.99' })
  })

  it('refuses a missing title, a sixth hashtag and an on-sale product without photos', () => {
    const result = validateProductForm(filled({ title: '  ', images: [], hashtags: ['a', 'b', 'c', 'd', 'e', 'f'] }), 's')
    expect(!result.ok && result.errors).toEqual({
      title: '请填写商品名称',
      images: '上架商品至少需要 1 张图片',
      hashtags: '话题最多 5 个，当前 6 个',
    })
  })

  it('lets a draft be saved without photos', () => {
    expect(validateProductForm(filled({ images: [], status: 'draft' }), 's').ok).toBe(true)
  })

  it('reports spec problems under the dimension they belong to', () => {
    const form = withDimensions(filled(), [{ name: '颜色', values: ['红', '红'] }])
    const result = validateProductForm(fillAllSkus(fillAllSkus(form, 'price', '1'), 'stock', '1'), 's')
    expect(!result.ok && result.errors['specs.0.values']).toBe('规格值不能重复')
  })
})

describe('productToForm', () => {
  it('shows prices in yuan and rebuilds the dimensions from the SKUs', () => {
    const product: Product = {
      id: 'p1',
      storeId: 's',
      title: '连衣裙',
      description: '雪纺',
      images: ['/files/demo/dress-1.svg'],
      hashtags: ['ootd'],
      brandHashtags: [],
      status: 'off_shelf',
      skus: [
        { id: 'k1', specs: { 颜色: '红', 尺码: 'S' }, price: 14900, stock: 3 },
        { id: 'k2', specs: { 颜色: '红', 尺码: 'M' }, price: 15905, stock: 0 },
      ],
      version: 4,
      createdAt: '',
      updatedAt: '',
    }
    const form = productToForm(product)
    expect(form.dims).toEqual([
      { name: '颜色', values: ['红'] },
      { name: '尺码', values: ['S', 'M'] },
    ])
    expect(form.skus.map((s) => [s.id, s.price, s.stock])).toEqual([
      ['k1', '149.00', '3'],
      ['k2', '159.05', '0'],
    ])
    const again = validateProductForm(form, 's')
    expect(again.ok && again.input.skus.map((s) => s.price)).toEqual([14900, 15905])
  })

  it('sends back the version it loaded and, per SKU, the stock it showed', () => {
    const product: Product = {
      id: 'p2',
      storeId: 's',
      title: '杯子',
      description: '',
      images: ['/files/demo/cup.svg'],
      hashtags: [],
      brandHashtags: [],
      status: 'on_sale',
      skus: [{ id: 'k1', specs: {}, price: 500, stock: 10 }],
      version: 7,
      createdAt: '',
      updatedAt: '',
    }
    const form = productToForm(product)
    const edited = { ...form, title: '大杯子', skus: form.skus.map((sku) => ({ ...sku, stock: '12' })) }
    const result = validateProductForm(edited, 's')
    expect(result.ok && result.input).toMatchObject({ productId: 'p2', version: 7, skus: [{ id: 'k1', stock: 12, stockBefore: 10 }] })
    // A SKU the merchant adds has no stock to start from.
    const grown = withDimensions(edited, [{ name: '颜色', values: ['红', '蓝'] }])
    const withNew = validateProductForm(fillAllSkus(grown, 'stock', '3'), 's')
    expect(withNew.ok && withNew.input.skus.map((s) => s.stockBefore)).toEqual([undefined, undefined])
  })
})

describe('small helpers', () => {
  it('fenToYuanText and parseStock', () => {
    expect(fenToYuanText(5)).toBe('0.05')
    expect(fenToYuanText(1290)).toBe('12.90')
    expect(parseStock(' 12 ')).toBe(12)
    expect(parseStock('1.5')).toBeNull()
    expect(parseStock('1000000')).toBeNull()
  })

  it('productFieldOf sends SKU spec paths to the specs editor and list items to their list', () => {
    expect(productFieldOf('skus.2.specs.颜色')).toBe('specs')
    expect(productFieldOf('skus')).toBe('specs')
    expect(productFieldOf('skus.2.price')).toBe('skus.2.price')
    expect(productFieldOf('images.3')).toBe('images')
    expect(productFieldOf('title')).toBe('title')
  })
})
