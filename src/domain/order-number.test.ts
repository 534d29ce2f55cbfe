import { formatOrderNo, orderDay, parseOrderNo } from './order-number'

describe('order numbers', () => {
  it('counts the day in Beijing time', () => {
    expect(orderDay(new Date('2026-12-07T15:59:59Z'))).toBe('20261207')
    expect(orderDay(new Date('2026-12-07T16:00:00Z'))).toBe('20261208')
  })

  it('pads to four digits and grows past 9999', () => {
    expect(formatOrderNo('20261207', 42)).toBe('20261207-0042')
    expect(formatOrderNo('20261207', 12345)).toBe('20261207-12345')
  })

  it('reads a typed number with or without its dash', () => {
    expect(parseOrderNo(' 20261207-0042 ')).toBe('20261207-0042')
    expect(parseOrderNo('202612070042')).toBe('20261207-0042')
    expect(parseOrderNo('20261207 0042')).toBe('20261207-0042')
    expect(parseOrderNo('aBKdEhtTov')).toBeNull()
    expect(parseOrderNo('2026-0042')).toBeNull()
  })
})
