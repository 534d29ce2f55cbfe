// Who a coupon is for (DESIGN.md 3b): new = no paid order in the store; lapsed = a paid order,
// but none in the last LAPSED_AFTER_DAYS days. An order counts once it was paid, even if it
// was refunded later: the shopper has bought here.
import { sql } from 'drizzle-orm'
import { LAPSED_AFTER_DAYS, type CouponAudience } from '../../src/domain/coupon'
import type { Db, Tx } from '../db/client'
import { rowsOf } from '../db/rows'

export async function inAudience(db: Db | Tx, audience: CouponAudience, storeId: string, openid: string, now: Date): Promise<boolean> {
  if (audience === 'all') return true
  const result = await db.execute(sql`
    select max(paid_at) as "lastPaidAt" from orders
    where store_id = ${storeId} and buyer_openid = ${openid} and paid_at is not null`)
  const [row] = rowsOf<{ lastPaidAt: string | Date | null }>(result)
  const last = row?.lastPaidAt ? new Date(row.lastPaidAt) : null
  if (audience === 'new') return last === null
  return last !== null && now.getTime() - last.getTime() > LAPSED_AFTER_DAYS * 86_400_000
}
