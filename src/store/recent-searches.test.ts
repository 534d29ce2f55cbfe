import { MAX_RECENT_SEARCHES, rememberSearch } from './recent-searches'

jest.mock('./taro-storage', () => ({ taroStorage: { getItem: () => null, setItem: () => undefined, removeItem: () => undefined } }))

describe('rememberSearch', () => {
  it('puts the newest first and moves a repeat to the front instead of duplicating it', () => {
    expect(rememberSearch(['杯子', '连衣裙'], '咖啡')).toEqual(['咖啡', '杯子', '连衣裙'])
    expect(rememberSearch(['杯子', 'OOTD', '咖啡'], ' ootd ')).toEqual(['ootd', '杯子', '咖啡'])
  })

  it('ignores blank queries', () => {
    expect(rememberSearch(['杯子'], '   ')).toEqual(['杯子'])
  })

  it('keeps at most ten', () => {
    let list: string[] = []
    for (let i = 0; i < 15; i++) list = rememberSearch(list, `q${i}`)
    expect(list).toHaveLength(MAX_RECENT_SEARCHES)
    expect(list[0]).toBe('q14')
    expect(list).not.toContain('q4')
  })
})
