// A store with many products (SEED_PRODUCTS=10000), for trying and measuring the catalog at
// size. Rows are made by the database itself (generate_series), so 10,000 take about a second.
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { stores } from '../db/schema'
import { DEMO_IMAGE_KEYS, demoImagePath } from './demo-images'

export const BULK_STORE_ID = 'big'
const SLICE = 10_000
export const BULK_HASHTAGS = ['新品', '热卖', '家居', 'ootd', '礼物', '零食', '手作', '特价']

/** Creates the bulk store with `count` on-sale products once; returns false when it exists. */
export async function seedBulkStore(db: Db, count: number): Promise<boolean> {
  const created = await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(stores)
      .values({
        id: BULK_STORE_ID,
        ownerOpenid: 'big-merchant',
        name: '万物小铺',
        intro: `${count} 件商品的大店，用来体验和测量商品列表。`,
        logo: demoImagePath('shop', 5),
        hashtags: ['万物'],
      })
      .onConflictDoNothing()
      .returning({ id: stores.id })
    if (inserted.length === 0) return false
    const images = DEMO_IMAGE_KEYS.filter((k) => k !== 'shop')
    const imageList = sql.raw(`array[${images.map((k) => `'${k}'`).join(',')}]`)
    const tagList = sql.raw(`array[${BULK_HASHTAGS.map((t) => `'${t}'`).join(',')}]`)
    // In slices, so no one statement comes near PostgreSQL's statement timeout on a busy machine.
    for (let first = 1; first <= count; first += SLICE) {
      const last = Math.min(count, first + SLICE - 1)
      await tx.execute(sql`
        insert into products (id, store_id, title, description, images, hashtags, status, created_at, updated_at)
        select 'big' || lpad(n::text, 6, '0'), ${BULK_STORE_ID},
               '好物 #' || n, '第 ' || n || ' 件商品',
               array['/files/demo/' || (${imageList})[1 + n % ${images.length}] || '-' || (n % 8) || '.svg'],
               array[(${tagList})[1 + n % ${BULK_HASHTAGS.length}], (${tagList})[1 + (n / 7) % ${BULK_HASHTAGS.length}]],
               'on_sale', now() - make_interval(secs => ${count} - n), now()
        from generate_series(${first}::int, ${last}::int) as n
        order by n`)
      await tx.execute(sql`
        insert into skus (id, product_id, position, specs, price, stock)
        select p.id || '-' || s.k, p.id, s.k, json_build_object('规格', case s.k when 0 then '标准' else '加大' end),
               990 + (hashtext(p.id) & 1023) * 10 + s.k * 500, (hashtext(p.id || s.k) & 63)
        from (select 'big' || lpad(n::text, 6, '0') as id from generate_series(${first}::int, ${last}::int) as n) as p
        cross join (values (0), (1)) as s(k)`)
    }
    return true
  })
  // Fresh statistics, so the planner knows how many rows each hashtag and search token has and
  // picks the index that fits from the first read on (PGlite runs no autovacuum).
  if (created) {
    for (const table of ['products', 'skus']) await db.execute(sql.raw(`analyze ${table}`))
    // Rows inserted in bulk wait in the GIN indexes' pending lists, which every lookup reads
    // through until a vacuum merges them; merge them now instead.
    for (const index of ['products_hashtags_idx', 'products_search_tokens_idx']) await db.execute(sql`select gin_clean_pending_list(${index}::regclass)`)
  }
  return created
}
