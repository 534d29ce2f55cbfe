import { formatDate, formatDateTime } from './display-time'

describe('formatDateTime', () => {
  it('leaves out the year of this year and shows it for others', () => {
    const now = new Date(2026, 2, 10, 12, 0)
    expect(formatDateTime(new Date(2026, 2, 9, 14, 5).toISOString(), now)).toBe('3月9日 14:05')
    expect(formatDateTime(new Date(2025, 11, 31, 23, 59).toISOString(), now)).toBe('2025年12月31日 23:59')
  })
  it('is empty for something that is not a time', () => {
    expect(formatDateTime('nope')).toBe('')
    expect(formatDate('nope')).toBe('')
    expect(formatDate(new Date(2026, 0, 2).toISOString())).toBe('2026年1月2日')
  })
})
