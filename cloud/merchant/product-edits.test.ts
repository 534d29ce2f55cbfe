// A merchant's edit and shoppers' orders meet on the same stock. The editor sends the stock its
// form showed (stockBefore) and the version it loaded, as the app does through productToForm /
// validateProductForm: sold units are never brought back, and of two editors working from the
// same version only the first saves. On PostgreSQL the races run with real parallelism; PGlite
// serialises them, checking the same invariant: initial stock (plus what the merchant added) =
// current stock + units held by orders.
import { eq } from 'drizzle-orm'
import type { Product } from '../../src/domain/catalog'
import { MAX_STOCK, productToForm, validateProductForm, type ProductForm } from '../../src/domain/product-form'
import { makeStore, orderRequest, tryOrder, type Fixture } from '../../tests/support/fixtures'
import { stockInvariantViolations, stockOf } from '../../tests/support/order-checks'
import { call, callOk, DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import { databaseChecksum } from '../../tests/support/checksum'
import type { Answer } from '../dispatch'
import type { Database } from '../db/client'
import { products, skus } from '../db/schema'

const onPostgres = DATABASE_KIND === 'PostgreSQL'
const SCALE = onPostgres ? { units: 60, buyers: 40, pairs: 12 } : { units: 12, buyers: 8, pairs: 3 }

jest.setTimeout(120_000)

describe(`product edits against sales (${DATABASE_KIND})`, () => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase({ poolSize: 50 })
  })
  afterAll(() => database.close())

  const shop = (stock: number) => makeStore(database, { skus: [{ price: 1200, stock, specs: {} }] })
  const load = (fixture: Fixture) => callOk(database, 'catalog', 'getProduct', { productId: fixture.productId }, { openid: fixture.ownerOpenid })
  /** What the product editor sends: the loaded form, changed as the merchant typed. */
  const editPayload = (fixture: Fixture, form: ProductForm) => {
    const checked = validateProductForm(form, fixture.storeId)
    if (!checked.ok) throw new Error(`form refused: ${JSON.stringify(checked.errors)}`)
    return checked.input
  }
  const saveAs = (fixture: Fixture, payload: unknown) => call(database, 'merchant', 'saveProduct', payload, { openid: fixture.ownerOpenid })
  const buy = (fixture: Fixture, buyer: string, quantity = 1) => tryOrder(database, buyer, orderRequest(fixture, [[0, quantity]]))
  const codeOf = (answer: Answer) => (answer.body.ok ? 'ok' : answer.body.error.code)

  it('a title fix from a form loaded before 5 of 10 units sold keeps stock at 5; cancelling them gives back 10, not 15', async () => {
    const fixture = await shop(10)
    const form = productToForm(await load(fixture))
    const sold: string[] = []
    for (let i = 0; i < 5; i++) {
      const answer = await buy(fixture, `early-${i}`)
      expect(codeOf(answer)).toBe('ok')
      sold.push((answer.body as { data: { id: string } }).data.id)
    }
    const saved = await saveAs(fixture, editPayload(fixture, { ...form, title: '手工陶瓷马克杯（修正）' }))
    expect(codeOf(saved)).toBe('ok')
    expect(await stockOf(database.db, fixture.skuIds[0])).toBe(5)
    for (const [i, orderId] of sold.entries()) await callOk(database, 'order', 'cancel', { orderId }, { openid: `early-${i}` })
    expect(await stockOf(database.db, fixture.skuIds[0])).toBe(10)
    expect(await stockInvariantViolations(database.db, fixture.initial)).toEqual([])
  })

  it('a restock adds to what is left, and a cut never goes below 0', async () => {
    const fixture = await shop(10)
    const first = productToForm(await load(fixture))
    for (let i = 0; i < 3; i++) expect(codeOf(await buy(fixture, `restock-${i}`))).toBe('ok')
    // The merchant typed 15 over the 10 the form showed: 5 more units on the shelf.
    const restocked = await saveAs(fixture, editPayload(fixture, { ...first, skus: first.skus.map((sku) => ({ ...sku, stock: '15' })) }))
    expect(codeOf(restocked)).toBe('ok')
    expect(await stockOf(database.db, fixture.skuIds[0])).toBe(12)

    const second = productToForm((restocked.body as { data: Product }).data)
    expect(second.skus[0].stockBefore).toBe(12)
    expect(codeOf(await buy(fixture, 'restock-late', 10))).toBe('ok')
    // 12 shown, the merchant takes 11 away, but only 2 are left: 0, never negative.
    const cut = await saveAs(fixture, editPayload(fixture, { ...second, skus: second.skus.map((sku) => ({ ...sku, stock: '1' })) }))
    expect(codeOf(cut)).toBe('ok')
    expect(await stockOf(database.db, fixture.skuIds[0])).toBe(0)
  })

  it(`a restock never lifts stock past ${MAX_STOCK}, and a form showing more than that (units released by cancels) still saves`, async () => {
    const fixture = await shop(10)
    const payload = (stock: number, stockBefore: number) => {
      const form = productToForm(loaded)
      const input = editPayload(fixture, { ...form, skus: form.skus.map((sku) => ({ ...sku, stock: String(stock) })) })
      return { ...input, skus: input.skus.map((sku) => ({ ...sku, stockBefore })) }
    }
    let loaded = await load(fixture)
    for (let i = 0; i < 2; i++) {
      const saved = await saveAs(fixture, payload(MAX_STOCK, 0))
      expect(codeOf(saved)).toBe('ok')
      loaded = (saved.body as { data: Product }).data
    }
    expect(await stockOf(database.db, fixture.skuIds[0])).toBe(MAX_STOCK)
    await database.db.update(skus).set({ stock: MAX_STOCK + 6 }).where(eq(skus.id, fixture.skuIds[0]))
    loaded = await load(fixture)
    const trimmed = await saveAs(fixture, payload(MAX_STOCK, MAX_STOCK + 6))
    expect(codeOf(trimmed)).toBe('ok')
    expect(await stockOf(database.db, fixture.skuIds[0])).toBe(MAX_STOCK)
  })

  it('a SKU saved without stockBefore takes the stock as given (API callers that set it outright)', async () => {
    const fixture = await shop(10)
    const product = await load(fixture)
    expect(codeOf(await buy(fixture, 'outright'))).toBe('ok')
    const { skus } = product
    const answer = await saveAs(fixture, {
      storeId: fixture.storeId,
      productId: fixture.productId,
      title: product.title,
      images: product.images,
      skus: skus.map(({ id, specs, price }) => ({ id, specs, price, stock: 30 })),
    })
    expect(codeOf(answer)).toBe('ok')
    expect(await stockOf(database.db, fixture.skuIds[0])).toBe(30)
  })

  it('answers carry a version that every save and status change moves on; a save from an older version is CONFLICT and changes nothing', async () => {
    const fixture = await shop(10)
    const loaded = await load(fixture)
    expect(loaded.version).toBe(1)
    const form = productToForm(loaded)
    const saved = await saveAs(fixture, editPayload(fixture, { ...form, title: '第一位店员的标题' }))
    expect(codeOf(saved)).toBe('ok')
    expect((saved.body as { data: Product }).data.version).toBe(2)

    const before = await databaseChecksum(database.db)
    const stale = await saveAs(fixture, editPayload(fixture, { ...form, title: '第二位店员的标题' }))
    expect(stale.status).toBe(409)
    expect(stale.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '商品已被修改，请刷新后再编辑' } })
    expect(await databaseChecksum(database.db)).toEqual(before)

    const shelved = await callOk(database, 'merchant', 'setProductStatus', { storeId: fixture.storeId, productId: fixture.productId, status: 'off_shelf' }, { openid: fixture.ownerOpenid })
    expect(shelved.version).toBe(3)
    const fresh = productToForm((saved.body as { data: Product }).data)
    expect(codeOf(await saveAs(fixture, editPayload(fixture, fresh)))).toBe('CONFLICT')
    const [row] = await database.db.select().from(products).where(eq(products.id, fixture.productId))
    expect([row.title, row.status, row.version]).toEqual(['第一位店员的标题', 'off_shelf', 3])
  })

  it(`${SCALE.buyers} orders racing edits made with stockBefore: sold units are never brought back`, async () => {
    const fixture = await shop(SCALE.units)
    const form = productToForm(await load(fixture))
    // Five saves from the same loaded form (no version: a script, or several tabs), each
    // adding 3 units to what the form showed, interleaved with the orders.
    const restock = (n: number) => {
      const { version: _version, ...unversioned } = editPayload(fixture, {
        ...form,
        title: `马克杯 第${n}次修改`,
        skus: form.skus.map((sku) => ({ ...sku, stock: String(SCALE.units + 3) })),
      })
      return saveAs(fixture, unversioned)
    }
    const answers = await Promise.all([
      ...Array.from({ length: SCALE.buyers }, (_, i) => buy(fixture, `racer-${i}`)),
      ...Array.from({ length: 5 }, (_, n) => restock(n)),
    ])
    expect(answers.filter((a) => a.status >= 500).map((a) => a.body)).toEqual([])
    expect(answers.slice(SCALE.buyers).map(codeOf)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok'])
    const sold = answers.slice(0, SCALE.buyers).filter((a) => a.body.ok).length
    expect(sold).toBe(SCALE.buyers)
    // stock + units sold == the real units: the initial ones plus the 5 × 3 the merchant added.
    expect(await stockOf(database.db, fixture.skuIds[0])).toBe(SCALE.units + 15 - sold)
    expect(await stockInvariantViolations(database.db, new Map([[fixture.skuIds[0], SCALE.units + 15]]))).toEqual([])
  })

  it(`${SCALE.pairs} pairs of saves from the same version, racing: exactly one of each pair wins, the other is CONFLICT`, async () => {
    const fixture = await shop(20)
    for (let round = 0; round < SCALE.pairs; round++) {
      const form = productToForm(await load(fixture))
      const [a, b] = await Promise.all(
        ['甲', '乙'].map((who) =>
          saveAs(fixture, editPayload(fixture, { ...form, title: `${who}改的标题 ${round}`, skus: form.skus.map((sku) => ({ ...sku, stock: String(sku.stockBefore! + 1) })) })),
        ),
      )
      expect([codeOf(a), codeOf(b)].sort()).toEqual(['CONFLICT', 'ok'])
      const product = await load(fixture)
      expect(product.version).toBe(form.version! + 1)
      // Only the winner's +1 landed.
      expect(product.skus[0].stock).toBe(20 + round + 1)
    }
  })
})
