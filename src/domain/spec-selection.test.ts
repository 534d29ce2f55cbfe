import type { Sku } from './catalog'
import {
  clampQuantity,
  describeSpecs,
  initialSelection,
  selectedSku,
  specDimensions,
  toggleValue,
  valueState,
} from './spec-selection'

// 颜色 × 尺码: 红/M is sold out, 蓝/M does not exist.
const RED_S: Sku = { id: 'red-s', specs: { 颜色: '红', 尺码: 'S' }, price: 9900, stock: 3 }
const RED_M: Sku = { id: 'red-m', specs: { 颜色: '红', 尺码: 'M' }, price: 9900, stock: 0 }
const BLUE_S: Sku = { id: 'blue-s', specs: { 颜色: '蓝', 尺码: 'S' }, price: 10900, stock: 5 }
const SKUS = [RED_S, RED_M, BLUE_S]

const NO_SPECS: Sku[] = [{ id: 'only', specs: {}, price: 1290, stock: 7 }]

describe('specDimensions: names and values in the order the merchant entered them', () => {
  it('keeps entry order, not alphabetical order', () => {
    // Sorted, 尺码 would come before 颜色 and M before S.
    expect(specDimensions(SKUS)).toEqual([
      { name: '颜色', values: ['红', '蓝'] },
      { name: '尺码', values: ['S', 'M'] },
    ])
  })

  it('has no dimensions for a product without specs', () => {
    expect(specDimensions(NO_SPECS)).toEqual([])
    expect(specDimensions([])).toEqual([])
  })
})

describe('valueState', () => {
  describe('with nothing chosen', () => {
    it('is available when some SKU with the value has stock', () => {
      expect(valueState(SKUS, {}, '颜色', '红')).toBe('available')
      expect(valueState(SKUS, {}, '颜色', '蓝')).toBe('available')
      expect(valueState(SKUS, {}, '尺码', 'S')).toBe('available')
    })

    it('is sold_out when every SKU with the value has no stock', () => {
      expect(valueState(SKUS, {}, '尺码', 'M')).toBe('sold_out')
    })

    it('is unavailable for a value no SKU has', () => {
      expect(valueState(SKUS, {}, '颜色', '绿')).toBe('unavailable')
      expect(valueState(SKUS, {}, '材质', '棉')).toBe('unavailable')
    })
  })

  describe('given other chosen values', () => {
    it('is sold_out when the matching combination exists without stock', () => {
      expect(valueState(SKUS, { 颜色: '红' }, '尺码', 'M')).toBe('sold_out')
      expect(valueState(SKUS, { 尺码: 'M' }, '颜色', '红')).toBe('sold_out')
    })

    it('is unavailable when the matching combination does not exist', () => {
      expect(valueState(SKUS, { 颜色: '蓝' }, '尺码', 'M')).toBe('unavailable')
      expect(valueState(SKUS, { 尺码: 'M' }, '颜色', '蓝')).toBe('unavailable')
    })

    it('is available when the matching combination has stock', () => {
      expect(valueState(SKUS, { 颜色: '蓝' }, '尺码', 'S')).toBe('available')
      expect(valueState(SKUS, { 尺码: 'S' }, '颜色', '红')).toBe('available')
    })

    it('ignores the value already chosen in the same dimension, so switching is possible', () => {
      expect(valueState(SKUS, { 颜色: '蓝' }, '颜色', '红')).toBe('available')
      expect(valueState(SKUS, { 颜色: '红', 尺码: 'S' }, '颜色', '蓝')).toBe('available')
    })
  })
})

describe('selectedSku: only once every dimension has a value', () => {
  it('is null while the selection is partial', () => {
    expect(selectedSku(SKUS, {})).toBeNull()
    expect(selectedSku(SKUS, { 颜色: '红' })).toBeNull()
    expect(selectedSku(SKUS, { 尺码: 'S' })).toBeNull()
  })

  it('is the SKU the complete selection names', () => {
    expect(selectedSku(SKUS, { 颜色: '红', 尺码: 'S' })).toBe(RED_S)
    expect(selectedSku(SKUS, { 尺码: 'S', 颜色: '蓝' })).toBe(BLUE_S)
  })

  it('names a sold-out SKU too (the page shows it as sold out)', () => {
    expect(selectedSku(SKUS, { 颜色: '红', 尺码: 'M' })).toBe(RED_M)
  })

  it('is null for a combination that does not exist', () => {
    expect(selectedSku(SKUS, { 颜色: '蓝', 尺码: 'M' })).toBeNull()
  })

  it('is the only SKU of a product without specs, with nothing chosen', () => {
    expect(selectedSku(NO_SPECS, {})).toBe(NO_SPECS[0])
  })
})

describe('toggleValue', () => {
  it('selects an available value', () => {
    expect(toggleValue(SKUS, {}, '颜色', '红')).toEqual({ 颜色: '红' })
    expect(toggleValue(SKUS, { 颜色: '红' }, '尺码', 'S')).toEqual({ 颜色: '红', 尺码: 'S' })
  })

  it('deselects the value already chosen', () => {
    expect(toggleValue(SKUS, { 颜色: '红', 尺码: 'S' }, '颜色', '红')).toEqual({ 尺码: 'S' })
    expect(toggleValue(SKUS, { 颜色: '红' }, '颜色', '红')).toEqual({})
  })

  it('switches to another available value of the same dimension', () => {
    expect(toggleValue(SKUS, { 颜色: '红', 尺码: 'S' }, '颜色', '蓝')).toEqual({ 颜色: '蓝', 尺码: 'S' })
  })

  it('refuses a sold-out value: the selection stays as it was', () => {
    const selection = { 颜色: '红' }
    expect(toggleValue(SKUS, selection, '尺码', 'M')).toBe(selection)
    expect(toggleValue(SKUS, {}, '尺码', 'M')).toEqual({})
  })

  it('refuses an unavailable value: the selection stays as it was', () => {
    const selection = { 颜色: '蓝' }
    expect(toggleValue(SKUS, selection, '尺码', 'M')).toBe(selection)
    expect(toggleValue(SKUS, {}, '颜色', '绿')).toEqual({})
  })

  it('does not change the selection it was given', () => {
    const selection = { 颜色: '红', 尺码: 'S' }
    toggleValue(SKUS, selection, '颜色', '红')
    toggleValue(SKUS, selection, '颜色', '蓝')
    expect(selection).toEqual({ 颜色: '红', 尺码: 'S' })
  })
})

describe('initialSelection: single-valued dimensions start chosen', () => {
  it('chooses nothing when every dimension has several values', () => {
    expect(initialSelection(SKUS)).toEqual({})
  })

  it('preselects a dimension with one value only', () => {
    const oneColour: Sku[] = [
      { id: 'w-s', specs: { 颜色: '白', 尺码: 'S' }, price: 100, stock: 1 },
      { id: 'w-m', specs: { 颜色: '白', 尺码: 'M' }, price: 100, stock: 1 },
    ]
    expect(initialSelection(oneColour)).toEqual({ 颜色: '白' })
  })

  it('completes the selection of a single-SKU product with specs', () => {
    const single: Sku[] = [{ id: 'x', specs: { 颜色: '黑', 尺码: '均码' }, price: 100, stock: 2 }]
    expect(selectedSku(single, initialSelection(single))).toBe(single[0])
  })

  it('is empty for a product without specs, whose only SKU is then selected', () => {
    expect(initialSelection(NO_SPECS)).toEqual({})
    expect(selectedSku(NO_SPECS, initialSelection(NO_SPECS))).toBe(NO_SPECS[0])
  })
})

describe('describeSpecs', () => {
  it('joins the values in one line', () => {
    expect(describeSpecs({ 颜色: '红', 尺码: 'M' })).toBe('红 / M')
    expect(describeSpecs({})).toBe('')
  })
})

describe('clampQuantity: between 1 and the stock', () => {
  it('is 0 when nothing is left', () => {
    expect(clampQuantity(1, 0)).toBe(0)
    expect(clampQuantity(5, 0)).toBe(0)
    expect(clampQuantity(NaN, 0)).toBe(0)
    expect(clampQuantity(3, -2)).toBe(0)
  })

  it('is 1 for a quantity that is not a number', () => {
    expect(clampQuantity(NaN, 5)).toBe(1)
  })

  it('is at least 1', () => {
    expect(clampQuantity(0, 5)).toBe(1)
    expect(clampQuantity(-3, 5)).toBe(1)
    expect(clampQuantity(0.5, 5)).toBe(1)
  })

  it('floors fractions', () => {
    expect(clampQuantity(2.7, 5)).toBe(2)
  })

  it('is at most the stock', () => {
    expect(clampQuantity(9, 5)).toBe(5)
    expect(clampQuantity(5.9, 5)).toBe(5)
  })

  it('keeps a quantity within bounds', () => {
    expect(clampQuantity(3, 5)).toBe(3)
    expect(clampQuantity(5, 5)).toBe(5)
  })
})
