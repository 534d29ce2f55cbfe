// What WeChat asks of a Mini Program before it may go live (小程序直播开通条件, DESIGN.md
// section 5): an e-commerce category, a clean record, and one of the audience thresholds.
// The platform decides; the console explains and checks what the store itself can show.

export interface LiveRequirement {
  id: string
  title: string
  detail: string
  /** all: every one is needed; any: one of the group is enough. */
  group: 'all' | 'any'
}

export const LIVE_REQUIREMENTS: readonly LiveRequirement[] = [
  { id: 'category', title: '属于电商类目', detail: '小程序的服务类目为电商平台或商家自营等直播开放类目。', group: 'all' },
  { id: 'record', title: '近 90 天无严重违规', detail: '主体下的小程序近 90 天内没有严重违规记录。', group: 'all' },
  { id: 'payment', title: '近 30 天有支付行为', detail: '小程序近 30 天内有过真实的支付订单。', group: 'all' },
  { id: 'fans', title: '公众号粉丝超过 100 人', detail: '同一主体下的公众号累计粉丝数大于 100 人。', group: 'any' },
  { id: 'dau', title: '连续 7 日日活超过 100 人', detail: '同一主体下的小程序连续 7 天日活跃用户数大于 100 人。', group: 'any' },
  { id: 'ads', title: '近一年广告消耗超过 1 万元', detail: '主体在微信生态内近一年的广告投放实际消耗金额大于 1 万元。', group: 'any' },
]

export interface StoreFacts {
  category: string
  onSaleProducts: number
  /** Paid orders (sales) in the last 30 days. */
  paidOrders30d: number
}

export type CheckState = 'met' | 'unmet' | 'platform'

/** What the store's own data says about each requirement; the rest only the platform knows. */
export function checkLiveRequirements(facts: StoreFacts): Array<LiveRequirement & { state: CheckState; hint: string }> {
  return LIVE_REQUIREMENTS.map((requirement) => {
    switch (requirement.id) {
      case 'category':
        return facts.category && facts.category !== '其他'
          ? { ...requirement, state: 'met' as const, hint: `店铺类目：${facts.category}` }
          : { ...requirement, state: 'unmet' as const, hint: '请先在店铺设置中选择经营类目' }
      case 'payment':
        return facts.paidOrders30d > 0
          ? { ...requirement, state: 'met' as const, hint: `近 30 天成交 ${facts.paidOrders30d} 单` }
          : {
              ...requirement,
              state: 'unmet' as const,
              hint: facts.onSaleProducts > 0 ? '还没有成交订单，先分享店铺试试' : '先上架商品并完成第一笔订单',
            }
      default:
        return { ...requirement, state: 'platform' as const, hint: '由微信平台核验' }
    }
  })
}
