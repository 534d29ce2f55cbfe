import { authorLabel, ratingStars } from './comments'

describe('authorLabel', () => {
  it('masks the id, keeping two characters at each end', () => {
    expect(authorLabel('oAbCdEfGh123')).toBe('买家 oA…23')
  })
  it('shows no characters of a very short id', () => {
    expect(authorLabel('abcd')).toBe('买家')
  })
})

describe('ratingStars', () => {
  it('draws full and empty stars, clamped to 0–5', () => {
    expect(ratingStars(4)).toBe('★★★★☆')
    expect(ratingStars(5)).toBe('★★★★★')
    expect(ratingStars(9)).toBe('★★★★★')
    expect(ratingStars(-1)).toBe('☆☆☆☆☆')
  })
})
