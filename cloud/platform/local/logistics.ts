// Local twin of logistics.getPath (物流助手 查询运单轨迹): answers in WeChat's shape with a
// trace that follows the parcel's shipping time, the same for the same waybill at the same
// moment: 揽收 when the merchant enters the waybill (the courier has the parcel by then), through
// two sorting centres, 派送 on the next day and 签收 a few hours later; nodes still in the
// future are not there yet. A waybill number
// containing "ERR" fails as WeChat does when it cannot answer (errCode -1, system busy), so the
// error path can be tried in H5.
import type { LogisticsAdapter, LogisticsPath } from '../platform'

const HOUR = 3600_000

/** Cities a parcel passes through; the waybill number picks the route. */
const ROUTES: ReadonlyArray<readonly [string, string, string]> = [
  ['杭州市', '杭州转运中心', '上海转运中心'],
  ['广州市', '广州转运中心', '武汉转运中心'],
  ['成都市', '成都转运中心', '西安转运中心'],
  ['北京市', '北京转运中心', '天津转运中心'],
  ['南京市', '南京转运中心', '合肥转运中心'],
]

function routeOf(waybillId: string): readonly [string, string, string] {
  let hash = 0
  for (const ch of waybillId) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0
  return ROUTES[hash % ROUTES.length]
}

export function localLogistics(): LogisticsAdapter {
  return {
    async getPath(request): Promise<LogisticsPath> {
      if (/ERR/i.test(request.waybillId)) {
        throw Object.assign(new Error('openapi.logistics.getPath:fail -1 system error'), { errCode: -1, errMsg: 'openapi.logistics.getPath:fail system error' })
      }
      const [city, hub, nextHub] = routeOf(request.waybillId)
      const start = request.shippedAt.getTime()
      const plan: Array<[number, number, string]> = [
        [0, 100001, `【${city}】快递员已揽收`],
        [6, 200001, `【${hub}】已发出，下一站【${nextHub}】`],
        [18, 200001, `【${nextHub}】已到达，正在分拣`],
        [28, 300002, `【${nextHub.replace('转运中心', '')}】快递员正在派送，请保持电话畅通`],
        [32, 300003, '已签收，签收人：本人。感谢使用，期待再次为您服务'],
      ]
      const pathItemList = plan
        .map(([hours, actionType, actionMsg]) => ({ actionTime: Math.floor((start + hours * HOUR) / 1000), actionType, actionMsg }))
        .filter((item) => item.actionTime * 1000 <= request.now.getTime())
      return {
        openid: request.openid,
        deliveryId: request.deliveryId,
        waybillId: request.waybillId,
        pathItemNum: pathItemList.length,
        pathItemList,
      }
    },
  }
}
