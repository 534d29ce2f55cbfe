// Type-level checks of the wire contract on the app's side, run by the typecheck (tsc), never
// executed: every line under @ts-expect-error must be a type error, or tsc itself fails with
// "Unused '@ts-expect-error' directive". The contract is the real one (cloud/functions).
import type { Wire } from './contract'
import { callCloud } from './cloud'

function expectType<T>(_value: T): void {}

export async function wireContractChecks(): Promise<void> {
  // The request and the answer follow from the function and the action alone.
  const product = await callCloud('catalog', 'getProduct', { productId: 'p1' })
  expectType<string>(product.title)
  expectType<number>(product.skus[0].price)
  // An action that needs nothing can be called without a request; options still come after one.
  expectType<string>((await callCloud('auth', 'me')).openid)
  await callCloud('catalog', 'getProduct', { productId: 'p1' }, { retries: 0 })

  // @ts-expect-error the schema's field is productId: a renamed field does not compile
  await callCloud('catalog', 'getProduct', { id: 'p1' })
  // @ts-expect-error a required field left out
  await callCloud('catalog', 'getProduct', {})
  // @ts-expect-error no request at all where one is required
  await callCloud('catalog', 'getProduct')
  // @ts-expect-error a field of the wrong type
  await callCloud('order', 'list', { limit: '10' })
  // @ts-expect-error a key the strict schema would refuse at run time, even through a spread
  await callCloud('catalog', 'search', { ...{ q: '杯子', categoryId: 'c1' } })
  // @ts-expect-error an action the function does not have
  await callCloud('catalog', 'getProdcut', { productId: 'p1' })
  // @ts-expect-error a function the contract does not have
  await callCloud('catalogue', 'getProduct', { productId: 'p1' })
  // @ts-expect-error the answer has no such field
  expectType<string>(product.name)
  // @ts-expect-error the answer's field has another type
  expectType<number>(product.title)

  // What JSON carries: a Date arrives as its ISO string, and nothing else changes.
  expectType<Wire<{ at: Date; n: number; tags: string[] }>>({ at: '2026-12-07T00:00:00.000Z', n: 1, tags: [] })
  // @ts-expect-error a Date object never arrives over the wire
  expectType<Wire<{ at: Date }>>({ at: new Date() })
}
