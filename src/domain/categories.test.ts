import { duplicateName, moveItem, toggleId } from './categories'

describe('category editing rules', () => {
  it('moves one place up or down, and leaves the ends alone', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b'])
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c'])
  })

  it('finds names shoppers could not tell apart (width and case folded)', () => {
    expect(duplicateName(['茶具', '杯具'])).toBeNull()
    expect(duplicateName(['Tea', 'ｔｅａ'])).toBe('ｔｅａ')
  })

  it('toggles an id like a checkbox', () => {
    expect(toggleId(['a'], 'b')).toEqual(['a', 'b'])
    expect(toggleId(['a', 'b'], 'a')).toEqual(['b'])
  })
})
