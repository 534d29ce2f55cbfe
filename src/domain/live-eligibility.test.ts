import { LIVE_REQUIREMENTS, checkLiveRequirements } from './live-eligibility'

describe('checkLiveRequirements', () => {
  it('lists the three required conditions and the three thresholds of which one is enough', () => {
    expect(LIVE_REQUIREMENTS.filter((r) => r.group === 'all').map((r) => r.id)).toEqual(['category', 'record', 'payment'])
    expect(LIVE_REQUIREMENTS.filter((r) => r.group === 'any')).toHaveLength(3)
  })

  it('marks what the store shows as met and leaves the rest to the platform', () => {
    const checks = checkLiveRequirements({ category: '服饰鞋包', onSaleProducts: 3, paidOrders30d: 2 })
    expect(Object.fromEntries(checks.map((c) => [c.id, c.state]))).toEqual({
      category: 'met',
      record: 'platform',
      payment: 'met',
      fans: 'platform',
      dau: 'platform',
      ads: 'platform',
    })
    expect(checks.find((c) => c.id === 'payment')?.hint).toBe('近 30 天成交 2 单')
  })

  it('says what to do when the store is not there yet', () => {
    const checks = checkLiveRequirements({ category: '', onSaleProducts: 0, paidOrders30d: 0 })
    expect(checks.find((c) => c.id === 'category')).toMatchObject({ state: 'unmet', hint: '请先在店铺设置中选择经营类目' })
    expect(checks.find((c) => c.id === 'payment')).toMatchObject({ state: 'unmet', hint: '先上架商品并完成第一笔订单' })
  })
})
