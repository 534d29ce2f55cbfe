import { and, countDistinct, eq, gte, inArray, isNotNull, lte, sql, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import { SALES_STATUSES, STATS_PERIODS, UNKNOWN_SOURCE, periodStart, shapeSalesStats, type SalesStats } from '../../src/domain/sales-stats'
import { idSchema } from '../../src/domain/validation'
import { orders, visits } from '../db/schema'
import { defineOperation } from '../operation'
import { requireOwnStore } from './own-store'
import { couponStats } from '../coupon/coupon-stats'
import type { CouponStats } from '../../src/domain/coupon'
import { fillDays, type DailyPoint } from '../../src/domain/daily-trend'

/** The China day of a timestamp, `YYYY-MM-DD`, the same on PGlite and PostgreSQL whatever their time zone. */
const chinaDayOf = (at: SQL) => sql<string>`to_char((${at} at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')`

/**
 * Visitors (distinct shoppers who arrived at the store), sales (orders paid, shipped,
 * completed or awaiting a refund decision; refunded ones are not sales) and their amount
 * per entry source and campaign, from today's / 6 / 29 days ago's midnight (China time) to
 * now. An order belongs to the period (and the day) it was paid in. `daily` has one point per
 * China day of the period, quiet days included, for the trend chart.
 */
export const stats = defineOperation({
  input: z
    .object({ storeId: idSchema, period: z.enum(STATS_PERIODS, { errorMap: () => ({ message: '统计周期应为 today / 7d / 30d' }) }) })
    .strict(),
  access: 'user',
  async run(ctx, { storeId, period }): Promise<SalesStats & { coupons: CouponStats; daily: DailyPoint[] }> {
    await requireOwnStore(ctx, storeId)
    const to = ctx.now()
    const from = periodStart(to, period)
    const visitsIn = and(eq(visits.storeId, storeId), gte(visits.createdAt, from), lte(visits.createdAt, to))
    const soldAt = sql`coalesce(${orders.paidAt}, ${orders.createdAt})`
    const source = sql<string>`coalesce(nullif(${orders.entry}->>'source', ''), ${UNKNOWN_SOURCE})`
    const campaign = sql<string | null>`nullif(${orders.entry}->>'campaign', '')`

    const [[total], visitorsBySource, visitorsByCampaign, sales, coupons, visitorsByDay] = await Promise.all([
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
          day: chinaDayOf(soldAt),
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
        .groupBy(sql`1`, sql`2`, sql`3`),
      couponStats(ctx.db, storeId, from, to),
      ctx.db
        .select({ day: chinaDayOf(sql`${visits.createdAt}`), visitors: countDistinct(visits.openid) })
        .from(visits)
        .where(visitsIn)
        .groupBy(sql`1`),
    ])
    const shaped = shapeSalesStats(period, from, to, {
      totalVisitors: total.visitors,
      visitorsBySource,
      visitorsByCampaign,
      ordersBySourceAndCampaign: sales,
    })
    const salesByDay = new Map<string, { day: string; orders: number; paidAmount: number }>()
    for (const row of sales) {
      const day = salesByDay.get(row.day) ?? { day: row.day, orders: 0, paidAmount: 0 }
      salesByDay.set(row.day, { day: row.day, orders: day.orders + row.orders, paidAmount: day.paidAmount + row.paidAmount })
    }
    const daily = fillDays(from, to, [...visitorsByDay, ...salesByDay.values()])
    return { ...shaped, coupons, daily }
  },
})
