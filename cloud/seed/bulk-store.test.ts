// The bulk store's seed drops the catalog's secondary indexes, fills the tables with foreign-key
// checks off where it may, and builds the indexes again: afterwards the schema must be exactly
// as the migrations left it, every reference must hold, and the rows must be the ones the
// catalog tests and the bench count on.
import { sql } from 'drizzle-orm'
import { callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { rowsOf } from '../db/rows'
import { BULK_HASHTAGS, BULK_STORE_ID, seedBulkStore, type SeedPhases } from './bulk-store'

const COUNT = 3_000

describe(`bulk store seed (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase()
  })
  afterAll(() => database.close())

  const indexes = async () =>
    rowsOf<{ name: string; definition: string; valid: boolean }>(
      await database.db.execute(sql`
        select c.relname as name, pg_get_indexdef(i.indexrelid) as definition, i.indisvalid as valid
        from pg_index i join pg_class c on c.oid = i.indexrelid
        where i.indrelid in ('products'::regclass, 'skus'::regclass) order by c.relname`),
    )

  it('builds every index the schema has again, keeps references whole, and seeds the same rows', async () => {
    const before = await indexes()
    const phases: SeedPhases = []
    expect(await seedBulkStore(database.db, COUNT, phases)).toBe(true)
    // Indexes were built once over the rows, not kept up while inserting.
    expect(phases.map((p) => p.phase)).toEqual(['dropping indexes', 'products (with their search tokens)', 'skus', 'building indexes', 'statistics (analyze)'])
    expect(await indexes()).toEqual(before)
    expect(before.every((index) => index.valid)).toBe(true)

    const [setting] = rowsOf<{ role: string }>(await database.db.execute(sql`select current_setting('session_replication_role') as role`))
    expect(setting.role).toBe('origin')
    const [orphans] = rowsOf<{ n: number }>(
      await database.db.execute(sql`
        select count(*)::int as n from skus s left join products p on p.id = s.product_id
        where s.product_id like 'big%' and (p.id is null or p.store_id <> ${BULK_STORE_ID})`),
    )
    expect(orphans.n).toBe(0)

    const [shape] = rowsOf<{ products: number; skus: number; first: string; tokens: string[]; tags: string[] }>(
      await database.db.execute(sql`
        select (select count(*)::int from products where store_id = ${BULK_STORE_ID} and status = 'on_sale') as products,
               (select count(*)::int from skus where product_id like 'big%') as skus,
               (select title from products where id = 'big000001') as first,
               (select search_tokens from products where id = 'big000001') as tokens,
               (select array_agg(distinct t) from products, unnest(hashtags) as t where store_id = ${BULK_STORE_ID}) as tags`),
    )
    expect(shape).toMatchObject({ products: COUNT, skus: COUNT * 2, first: '好物 #1' })
    expect(shape.tokens).toEqual(['好', '物', ' ', '#', '1', '好物', '物 ', ' #', '#1'])
    expect([...shape.tags].sort()).toEqual([...BULK_HASHTAGS].sort())
    // Statistics are there from the first read on.
    const [stats] = rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from pg_stats where tablename = 'products' and attname = 'search_tokens'`))
    expect(stats.n).toBe(1)

    // The catalog reads it through the rebuilt indexes.
    const page = await callOk(database, 'catalog', 'search', { q: '#2999', limit: 5 })
    expect(page.items.map((p: { id: string }) => p.id)).toEqual(['big002999'])
    expect(await seedBulkStore(database.db, COUNT)).toBe(false)
  })
})
