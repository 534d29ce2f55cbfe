import {
  MAX_SKUS,
  combineSpecs,
  dimensionsInEntryOrder,
  regenerateSkus,
  skuSetProblem,
  specProblems,
  specsKey,
  usableDimensions,
  type SkuDraft,
} from './sku-matrix'

describe('combineSpecs', () => {
  it('is one plain SKU without dimensions', () => {
    expect(combineSpecs([])).toEqual([{}])
  })

  it('is every combination, in the order the dimensions and values were entered', () => {
    expect(combineSpecs([{ name: '颜色', values: ['红色', '蓝色'] }, { name: '尺码', values: ['S', 'M', 'L'] }])).toEqual([
      { 颜色: '红色', 尺码: 'S' },
      { 颜色: '红色', 尺码: 'M' },
      { 颜色: '红色', 尺码: 'L' },
      { 颜色: '蓝色', 尺码: 'S' },
      { 颜色: '蓝色', 尺码: 'M' },
      { 颜色: '蓝色', 尺码: 'L' },
    ])
  })

  it('ignores a dimension still being typed (no name or no values) and blank values', () => {
    expect(combineSpecs([{ name: ' 颜色 ', values: [' 红色', ''] }, { name: '', values: ['x'] }, { name: '尺码', values: [] }])).toEqual([
      { 颜色: '红色' },
    ])
    expect(usableDimensions([{ name: '颜色', values: ['  '] }])).toEqual([])
  })
})

describe('specsKey', () => {
  it('is the same whatever order the names come in, and differs with any value', () => {
    expect(specsKey({ 颜色: '红', 尺码: 'M' })).toBe(specsKey({ 尺码: 'M', 颜色: '红' }))
    expect(specsKey({ 颜色: '红', 尺码: 'M' })).not.toBe(specsKey({ 颜色: '红', 尺码: 'L' }))
    expect(specsKey({})).toBe('[]')
  })
})

describe('regenerateSkus', () => {
  const previous: SkuDraft[] = [
    { id: 'k1', specs: { 颜色: '红色' }, price: '12.90', stock: '5' },
    { id: 'k2', specs: { 颜色: '蓝色' }, price: '15', stock: '0' },
  ]

  it('keeps the id, price and stock of combinations that still exist', () => {
    const skus = regenerateSkus([{ name: '颜色', values: ['蓝色', '红色'] }], previous)
    expect(skus).toEqual([
      { id: 'k2', specs: { 颜色: '蓝色' }, price: '15', stock: '0' },
      { id: 'k1', specs: { 颜色: '红色' }, price: '12.90', stock: '5' },
    ])
  })

  it('starts new combinations with the first row’s price and no stock', () => {
    const skus = regenerateSkus([{ name: '颜色', values: ['红色', '绿色'] }], previous)
    expect(skus[1]).toEqual({ specs: { 颜色: '绿色' }, price: '12.90', stock: '' })
    expect(skus).toHaveLength(2)
  })

  it('adding a dimension makes new combinations: old rows no longer match', () => {
    const skus = regenerateSkus([{ name: '颜色', values: ['红色'] }, { name: '尺码', values: ['S', 'M'] }], previous)
    expect(skus.map((s) => s.specs)).toEqual([
      { 颜色: '红色', 尺码: 'S' },
      { 颜色: '红色', 尺码: 'M' },
    ])
    expect(skus.every((s) => s.id === undefined)).toBe(true)
  })

  it('gives one empty row for a new product', () => {
    expect(regenerateSkus([], [])).toEqual([{ specs: {}, price: '', stock: '' }])
  })
})

describe('specProblems', () => {
  it('accepts two named dimensions with distinct values', () => {
    expect(specProblems([{ name: '颜色', values: ['红', '蓝'] }, { name: '尺码', values: ['S'] }])).toEqual([])
  })

  it('ties each problem to the field it belongs beside', () => {
    expect(
      specProblems([
        { name: '', values: ['红'] },
        { name: '颜色', values: [] },
        { name: '颜色', values: ['a', 'a'] },
      ]),
    ).toEqual([
      { path: 'specs.0.name', message: '请填写规格名，如“颜色”' },
      { path: 'specs.1.values', message: '至少填写一个规格值' },
      { path: 'specs.2.name', message: '规格“颜色”重复了' },
      { path: 'specs.2.values', message: '规格值不能重复' },
    ])
  })

  it('refuses a fourth dimension and more than the maximum of combinations', () => {
    const four = ['a', 'b', 'c', 'd'].map((name) => ({ name, values: ['1'] }))
    expect(specProblems(four)).toContainEqual({ path: 'specs', message: '规格最多 3 种' })
    const big = [
      { name: 'a', values: Array.from({ length: 11 }, (_, i) => `a${i}`) },
      { name: 'b', values: Array.from({ length: 10 }, (_, i) => `b${i}`) },
    ]
    expect(specProblems(big)).toContainEqual({ path: 'specs', message: `规格组合最多 ${MAX_SKUS} 个，当前 110 个` })
  })

  it('counts long names in characters, not UTF-16 units', () => {
    expect(specProblems([{ name: '😀'.repeat(10), values: ['x'] }])).toEqual([])
    expect(specProblems([{ name: '字'.repeat(11), values: ['x'] }])[0].path).toBe('specs.0.name')
  })
})

describe('skuSetProblem: what the server refuses in a list of SKUs', () => {
  it('accepts combinations that share names and differ in values', () => {
    expect(skuSetProblem([{ specs: { 颜色: '红' } }, { specs: { 颜色: '蓝' } }])).toBeNull()
    expect(skuSetProblem([{ specs: {} }])).toBeNull()
  })

  it('refuses none, mixed names and duplicates', () => {
    expect(skuSetProblem([])).toBe('至少需要一个规格')
    expect(skuSetProblem([{ specs: { 颜色: '红' } }, { specs: { 尺码: 'M' } }])).toBe('每个规格组合都要填写同样的规格名')
    expect(skuSetProblem([{ specs: { 颜色: '红', 尺码: 'M' } }, { specs: { 尺码: 'M', 颜色: '红' } }])).toBe('规格组合不能重复')
  })

  it('refuses a fourth dimension', () => {
    expect(skuSetProblem([{ specs: { a: '1', b: '1', c: '1', d: '1' } }])).toBe('规格最多 3 种')
  })
})

describe('dimensionsInEntryOrder', () => {
  it('recovers the entered order from the SKU positions, whatever order the spec keys come in', () => {
    const entered = [
      { name: '颜色', values: ['燕麦', '雾蓝'] },
      { name: '尺码', values: ['M', 'L', 'XL'] },
    ]
    // As jsonb hands them back: 尺码 sorts before 颜色.
    const stored = combineSpecs(entered).map((specs) => ({ specs: { 尺码: specs.尺码, 颜色: specs.颜色 } }))
    expect(Object.keys(stored[0].specs)).toEqual(['尺码', '颜色'])
    expect(dimensionsInEntryOrder(stored)).toEqual(entered)
  })

  it('keeps key order for ties and handles plain and single-dimension products', () => {
    expect(dimensionsInEntryOrder([{ specs: {} }])).toEqual([])
    expect(dimensionsInEntryOrder([{ specs: { 规格: '220g' } }, { specs: { 规格: '500g' } }])).toEqual([{ name: '规格', values: ['220g', '500g'] }])
    expect(dimensionsInEntryOrder([{ specs: { a: '1', b: '2' } }])).toEqual([
      { name: 'a', values: ['1'] },
      { name: 'b', values: ['2'] },
    ])
  })
})
