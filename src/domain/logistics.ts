// 物流详情: a parcel's trace as order.logistics answers it, and the meaning of WeChat's trace
// node types (logistics.getPath's action_type, the same values its path-update push uses).

export type LogisticsStage = 'collect' | 'transit' | 'deliver' | 'signed' | 'exception'

/** action_type → stage and a short label; the full text of a node comes in its action_msg. */
export const ACTION_TYPES: Readonly<Record<number, { stage: LogisticsStage; label: string }>> = {
  100001: { stage: 'collect', label: '已揽件' },
  100002: { stage: 'exception', label: '揽件失败' },
  100003: { stage: 'collect', label: '已分配快递员' },
  200001: { stage: 'transit', label: '运输中' },
  300002: { stage: 'deliver', label: '派送中' },
  300003: { stage: 'signed', label: '已签收' },
  300004: { stage: 'exception', label: '签收失败' },
  400001: { stage: 'exception', label: '订单已取消' },
  400002: { stage: 'exception', label: '包裹滞留' },
}

export interface LogisticsNode {
  /** ISO time of the node. */
  time: string
  actionType: number
  stage: LogisticsStage
  /** What happened, as the carrier wrote it (or the stage's label when it wrote nothing). */
  text: string
}

/** order.logistics { orderId } → Logistics. */
export interface Logistics {
  orderId: string
  carrier: string
  trackingNo: string
  /** ok: the trace (possibly empty, not collected yet); unavailable: WeChat could not answer now. */
  state: 'ok' | 'unavailable'
  /** Newest first. */
  nodes: LogisticsNode[]
  /** Why there is no trace, in Chinese, when unavailable. */
  message?: string
  /** When the cloud asked WeChat (answers are kept a few minutes). */
  fetchedAt: string
}

/** One node of getPath's path_item_list, as wx-server-sdk hands it back (camelCase). */
export interface PathItem {
  actionTime: number
  actionType: number
  actionMsg: string
}

export function stageOf(actionType: number): LogisticsStage {
  return ACTION_TYPES[actionType]?.stage ?? 'transit'
}

/** The trace nodes of a path_item_list: newest first, times in ISO, unknown types as transit. */
export function toNodes(items: readonly PathItem[]): LogisticsNode[] {
  return [...items]
    .filter((item) => Number.isFinite(item.actionTime))
    .sort((a, b) => b.actionTime - a.actionTime)
    .map((item) => ({
      time: new Date(item.actionTime * 1000).toISOString(),
      actionType: item.actionType,
      stage: stageOf(item.actionType),
      text: (item.actionMsg ?? '').trim() || ACTION_TYPES[item.actionType]?.label || '物流更新',
    }))
}

/** The headline of a trace: its newest node's stage, or that the parcel is not collected yet. */
export function logisticsHeadline(logistics: Pick<Logistics, 'state' | 'nodes'>): string {
  if (logistics.state === 'unavailable') return '物流信息暂不可查'
  const newest = logistics.nodes[0]
  if (!newest) return '等待快递员揽件'
  return ACTION_TYPES[newest.actionType]?.label ?? '运输中'
}
