import { and, countDistinct, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm'
import { z } from 'zod'
import { SALES_STATUSES, STATS_PERIODS, UNKNOWN_SOURCE, periodStart, shapeSalesStats, type SalesStats } from '../../src/domain/sales-stats'
import { idSchema } from '../../src/domain/validation'
import { orders, visits } from '../db/schema'
import { defineOperation } from '../operation'
import { requireOwnStore } from './own-store'
import { couponStats } from '../coupon/coupon-stats'
import type { CouponStats } from '../../src/domain/coupon'

/**
 * Visitors (distinct shoppers who arrived at the store), sales (orders paid, shipped,
 * completed or awaiting a refund decision; refunded ones are not sales) and their amount
 * per entry source and campaign, from today's / 6 / 29 days ago's midnight (China time) to
 * now. An order belongs to the period it was paid in.
 */
export const stats = defineOperation({
  input: z
    .object({ storeId: idSchema, period: z.enum(STATS_PERIODS, { errorMap: () => ({ message: '统计周期应为 today / 7d / 30d' }) }) })
    .strict(),
  access: 'user',
  async run(ctx, { storeId, period }): Promise<SalesStats & { coupons: CouponStats }> {
    await requireOwnStore(ctx, storeId)
    const to = ctx.now()
    const from = periodStart(to, period)
    const visitsIn = and(eq(visits.storeId, storeId), gte(visits.createdAt, from), lte(visits.createdAt, to))
    const soldAt = sql`coalesce(${orders.paidAt}, ${orders.createdAt})`
    const source = sql<string>`coalesce(nullif(${orders.entry}->>'source', ''), ${UNKNOWN_SOURCE})`
    const campaign = sql<string | null>`nullif(${orders.entry}->>'campaign', '')`

    const [[total], visitorsBySource, visitorsByCampaign, sales, coupons] = await Promise.all([
      ctx.db.select({ visitors: countDistinct(visits.openid) }).from(visits).where(visitsIn),
      ctx.db
        .select({ source: visits.source, visitors: countDistinct(visits.openid) })
        .from(visits)
        .where(visitsIn)
        .groupBy(visits.source),
      ctx.db
        .select({ source: visits.source, campaign: sql<string>`${visits.campaign}`, visitors: countDistinct(visits.openid) })
        .from(visits)
        .where(and(visitsIn, isNotNull(visits.campaign)))
        .groupBy(visits.source, visits.campaign),
      ctx.db
        .select({
          source,
          campaign,
          orders: sql<number>`count(*)::int`,
          // bigint arrives as text from node-postgres: read it as a number of fen.
          paidAmount: sql<number>`coalesce(sum(${orders.total}), 0)::bigint`.mapWith(Number),
        })
        .from(orders)
        .where(
          and(
            eq(orders.storeId, storeId),
            inArray(orders.status, [...SALES_STATUSES]),
            sql`${soldAt} >= ${from.toISOString()}::timestamptz`,
            sql`${soldAt} <= ${to.toISOString()}::timestamptz`,
          ),
        )
        // By position: the source expression carries a parameter, which GROUP BY would not match.
        .groupBy(sql`1`, sql`2`),
      couponStats(ctx.db, storeId, from, to),
    ])
    const shaped = shapeSalesStats(period, from, to, {
      totalVisitors: total.visitors,
      visitorsBySource,
      visitorsByCampaign,
      ordersBySourceAndCampaign: sales,
    })
    return { ...shaped, coupons }
  },
})
