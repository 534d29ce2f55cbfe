import { formatFen, formatFenRange, parseYuan } from './money'

describe('formatFen', () => {
  it.each([
    [1290, '¥12.90'],
    [0, '¥0.00'],
    [5, '¥0.05'],
    [100000, '¥1000.00'],
    [-50, '-¥0.50'],
  ])('%i fen reads %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text)
  })

  it('refuses fractions of a fen', () => {
    expect(() => formatFen(12.5)).toThrow(RangeError)
  })
})

describe('formatFenRange', () => {
  it('shows one price when all are equal and a range otherwise', () => {
    expect(formatFenRange([990, 990])).toBe('¥9.90')
    expect(formatFenRange([1990, 990, 1500])).toBe('¥9.90-¥19.90')
    expect(formatFenRange([])).toBe('')
  })
})

describe('parseYuan', () => {
  it.each([
    ['12', 1200],
    ['12.9', 1290],
    ['12.90', 1290],
    ['¥0.01', 1],
    [' 3. ', 300],
  ])('%s yuan is %i fen', (input, fen) => {
    expect(parseYuan(input)).toBe(fen)
  })

  it.each(['', '-1', '1.234', 'abc', '1e3', '12,5'])('refuses %p', (input) => {
    expect(parseYuan(input)).toBeNull()
  })
})
