// The coupon lines of merchant.stats: copies handed out in the period, and the sales (as
// merchant.stats counts them: paid in the period, not refunded) that used a coupon.
import { sql } from 'drizzle-orm'
import type { CouponStats } from '../../src/domain/coupon'
import { SALES_STATUSES } from '../../src/domain/sales-stats'
import type { Db } from '../db/client'
import { rowsOf } from '../db/rows'

export async function couponStats(db: Db, storeId: string, from: Date, to: Date): Promise<CouponStats> {
  const result = await db.execute(sql`
    select
      (select count(*) from user_coupons
        where store_id = ${storeId} and created_at >= ${from.toISOString()}::timestamptz and created_at <= ${to.toISOString()}::timestamptz)::int as claimed,
      count(*)::int as used,
      coalesce(sum(total), 0)::bigint as sales,
      coalesce(sum(discount), 0)::bigint as discount
    from orders
    where store_id = ${storeId} and user_coupon_id is not null and status in ${[...SALES_STATUSES]}
      and coalesce(paid_at, created_at) >= ${from.toISOString()}::timestamptz
      and coalesce(paid_at, created_at) <= ${to.toISOString()}::timestamptz`)
  const [row] = rowsOf<{ claimed: number; used: number; sales: string | number; discount: string | number }>(result)
  return { claimed: Number(row.claimed), used: Number(row.used), sales: Number(row.sales), discount: Number(row.discount) }
}
