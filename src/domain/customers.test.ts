import { inSegment, lapsedBefore } from './customers'

const NOW = new Date('2026-06-30T00:00:00Z')
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000)

describe('customer segments', () => {
  it('repeat: two sales or more, whenever', () => {
    expect(inSegment('repeat', { orders: 2, lastOrderAt: ago(400) }, NOW)).toBe(true)
    expect(inSegment('repeat', { orders: 1, lastOrderAt: ago(1) }, NOW)).toBe(false)
  })

  it('lapsed: no sale in the last 60 days; exactly 60 days ago is still recent', () => {
    expect(inSegment('lapsed', { orders: 1, lastOrderAt: ago(61) }, NOW)).toBe(true)
    expect(inSegment('lapsed', { orders: 3, lastOrderAt: ago(60) }, NOW)).toBe(false)
    expect(lapsedBefore(NOW)).toEqual(ago(60))
  })

  it('new: exactly one sale, within 60 days', () => {
    expect(inSegment('new', { orders: 1, lastOrderAt: ago(5) }, NOW)).toBe(true)
    expect(inSegment('new', { orders: 2, lastOrderAt: ago(5) }, NOW)).toBe(false)
    expect(inSegment('new', { orders: 1, lastOrderAt: ago(90) }, NOW)).toBe(false)
  })
})
