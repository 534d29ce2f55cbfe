// A store with many products (SEED_PRODUCTS=100000), for trying and measuring the catalog at
// size. Rows are made by the database itself (generate_series), with the tables' secondary
// indexes built once afterwards rather than kept up row by row: 100,000 products take seconds.
import { sql } from 'drizzle-orm'
import type { Db, Tx } from '../db/client'
import { rowsOf } from '../db/rows'
import { stores } from '../db/schema'
import { DEMO_IMAGE_KEYS, demoImagePath } from './demo-images'

export const BULK_STORE_ID = 'big'
const SLICE = 10_000
export const BULK_HASHTAGS = ['新品', '热卖', '家居', 'ootd', '礼物', '零食', '手作', '特价']

/** The seed's steps and how long each took, for the start-up log and the bench. */
export type SeedPhases = Array<{ phase: string; ms: number }>

/** Creates the bulk store with `count` on-sale products once; returns false when it exists. */
export async function seedBulkStore(db: Db, count: number, phases: SeedPhases = []): Promise<boolean> {
  let started = Date.now()
  const done = (phase: string) => {
    const now = Date.now()
    phases.push({ phase, ms: now - started })
    started = now
  }
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
    await skipForeignKeyChecks(tx)
    const rebuild = await dropSecondaryIndexes(tx, ['products', 'skus'])
    done('dropping indexes')
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
    }
    done('products (with their search tokens)')
    for (let first = 1; first <= count; first += SLICE) {
      const last = Math.min(count, first + SLICE - 1)
      await tx.execute(sql`
        insert into skus (id, product_id, position, specs, price, stock)
        select p.id || '-' || s.k, p.id, s.k, json_build_object('规格', case s.k when 0 then '标准' else '加大' end),
               990 + (hashtext(p.id) & 1023) * 10 + s.k * 500, (hashtext(p.id || s.k) & 63)
        from (select 'big' || lpad(n::text, 6, '0') as id from generate_series(${first}::int, ${last}::int) as n) as p
        cross join (values (0), (1)) as s(k)`)
    }
    done('skus')
    // Room to sort each index in memory (GIN indexes build in batches of this size).
    await tx.execute(sql`set local maintenance_work_mem = '256MB'`)
    for (const definition of rebuild) await tx.execute(sql.raw(definition))
    done('building indexes')
    return true
  })
  // Fresh statistics, so the planner knows how many rows each hashtag and search token has and
  // picks the index that fits from the first read on (PGlite runs no autovacuum). The GIN
  // indexes were built whole, so no rows wait in their pending lists.
  if (created) {
    for (const table of ['products', 'skus']) await db.execute(sql.raw(`analyze ${table}`))
    done('statistics (analyze)')
  }
  return created
}

/**
 * Every row here references the store inserted in this transaction or a product made from the
 * same series, so the per-row foreign-key checks (most of the insert time) prove nothing. Only a
 * superuser may switch them off (PGlite's user is one); elsewhere they run.
 */
async function skipForeignKeyChecks(tx: Tx): Promise<void> {
  const [row] = rowsOf<{ superuser: boolean }>(await tx.execute(sql`select rolsuper as superuser from pg_roles where rolname = current_user`))
  if (row?.superuser) await tx.execute(sql`set local session_replication_role = replica`)
}

/**
 * Drops the tables' non-unique indexes and returns the statements that build them again:
 * building an index once over all rows is several times cheaper than keeping it up row by row.
 * Read from the catalog, so an index added to the schema later is rebuilt too.
 */
async function dropSecondaryIndexes(tx: Tx, tables: string[]): Promise<string[]> {
  const tableNames = sql.join(
    tables.map((table) => sql`${table}`),
    sql`, `,
  )
  const rows = rowsOf<{ name: string; definition: string }>(
    await tx.execute(sql`
      select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
      from pg_index i
      where i.indrelid::regclass::text in (${tableNames}) and not i.indisunique and not i.indisprimary`),
  )
  for (const row of rows) await tx.execute(sql.raw(`drop index ${row.name}`))
  return rows.map((row) => row.definition)
}
