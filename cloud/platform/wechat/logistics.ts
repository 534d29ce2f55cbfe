// logistics.getPath (物流助手 查询运单轨迹, cloud call openapi.logistics.getPath): the trace of
// a waybill. Keys go camelCase → snake_case (order_id, openid, delivery_id, waybill_id); the
// answer comes back camelCase (pathItemList: actionTime, actionType, actionMsg); a non-zero
// errcode is thrown with errCode.
import type { LogisticsAdapter, LogisticsPath } from '../platform'
import type { WxCloud } from './sdk'

/** The openapi names this adapter calls, by method, for the functions' config.json permissions. */
export const LOGISTICS_OPENAPI = { getPath: ['logistics.getPath'] }

export function wechatLogistics(cloud: WxCloud): LogisticsAdapter {
  return {
    async getPath(request): Promise<LogisticsPath> {
      const answer = await cloud.openapi.logistics.getPath({
        orderId: request.orderId,
        openid: request.openid,
        deliveryId: request.deliveryId,
        waybillId: request.waybillId,
      })
      return {
        openid: answer.openid ?? request.openid,
        deliveryId: answer.deliveryId ?? request.deliveryId,
        waybillId: answer.waybillId ?? request.waybillId,
        pathItemNum: Number(answer.pathItemNum ?? 0),
        pathItemList: Array.isArray(answer.pathItemList) ? answer.pathItemList : [],
      }
    },
  }
}
