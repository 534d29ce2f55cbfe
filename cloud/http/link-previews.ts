// What a link to the storefront shows when pasted in Weibo or a chat: the title, description
// and picture of the product, store, post or 接龙 it opens, read with one query per page and
// written into the page by the server (crawlers run no JavaScript). The H5 router uses browser
// paths, so the page and its query reach the server; the links the app hands out open these
// same paths: share paths, `/wxaurl/…` links (which redirect here) and the web landing page a
// Weibo or web link names (`/packages/entry/pages/landing/index?c=<link id>`).
// Only what a shopper may see: products on sale, posts not deleted, images not ruled risky.
import { and, eq, isNull, sql, type AnyColumn } from 'drizzle-orm'
import { LANDING_PAGE, pageIds } from '../../src/domain/entry-codec'
import { formatFenRange } from '../../src/domain/money'
import { postExcerpt } from '../../src/domain/post'
import type { Db } from '../db/client'
import { entryCodes, jielongs, mediaChecks, posts, products, skus, stores } from '../db/schema'
import type { PageMeta } from './page-meta'

const ID = /^[A-Za-z0-9_-]{1,64}$/

/** The first of a row's images that no verdict has ruled risky, or null: in the same query. */
function firstVisibleImage(images: AnyColumn) {
  return sql<string | null>`(select u.image from unnest(${images}) with ordinality as u(image, n)
    where not exists (select 1 from ${mediaChecks} where ${mediaChecks.image} = u.image and ${mediaChecks.suggest} = 'risky')
    order by u.n limit 1)`
}

/** The store logo unless it was ruled risky. */
function visibleLogo() {
  return sql<string | null>`case when exists (select 1 from ${mediaChecks} where ${mediaChecks.image} = ${stores.logo} and ${mediaChecks.suggest} = 'risky') then null else ${stores.logo} end`
}

type Preview = Omit<PageMeta, 'url'>

async function productPreview(db: Db, productId: string): Promise<Preview | null> {
  const [row] = await db
    .select({
      title: products.title,
      description: products.description,
      image: firstVisibleImage(products.images),
      storeName: stores.name,
      prices: sql<number[] | null>`(select array_agg(${skus.price}) from ${skus} where ${skus.productId} = ${products.id})`,
    })
    .from(products)
    .innerJoin(stores, eq(stores.id, products.storeId))
    .where(and(eq(products.id, productId), eq(products.status, 'on_sale')))
    .limit(1)
  if (!row) return null
  const price = formatFenRange((row.prices ?? []).map(Number))
  return {
    type: 'product',
    title: `${row.title} - ${row.storeName}`,
    description: [price, row.description || `${row.storeName}的商品`].filter(Boolean).join(' · '),
    image: row.image ?? '',
  }
}

async function storePreview(db: Db, storeId: string): Promise<Preview | null> {
  const [row] = await db
    .select({ name: stores.name, intro: stores.intro, logo: visibleLogo() })
    .from(stores)
    .where(eq(stores.id, storeId))
    .limit(1)
  if (!row) return null
  return { type: 'website', title: row.name, description: row.intro || `${row.name}：微信小店，逛逛店里的好物`, image: row.logo ?? '' }
}

async function postPreview(db: Db, postId: string): Promise<Preview | null> {
  const [row] = await db
    .select({ title: posts.title, body: posts.body, image: firstVisibleImage(posts.images), storeName: stores.name })
    .from(posts)
    .innerJoin(stores, eq(stores.id, posts.storeId))
    .where(and(eq(posts.id, postId), isNull(posts.deletedAt)))
    .limit(1)
  if (!row) return null
  return {
    type: 'article',
    title: `${row.title} - ${row.storeName}`,
    description: postExcerpt(row.body, 120) || `${row.storeName}的店铺动态`,
    image: row.image ?? '',
  }
}

async function jielongPreview(db: Db, jielongId: string): Promise<Preview | null> {
  const [row] = await db
    .select({ title: jielongs.title, intro: jielongs.intro, storeName: stores.name, logo: visibleLogo() })
    .from(jielongs)
    .innerJoin(stores, eq(stores.id, jielongs.storeId))
    .where(eq(jielongs.id, jielongId))
    .limit(1)
  if (!row) return null
  return {
    type: 'website',
    title: `接龙：${row.title} - ${row.storeName}`,
    description: row.intro || `${row.storeName}发起的接龙，参与即可下单`,
    image: row.logo ?? '',
  }
}

/**
 * The web landing page a Weibo or web link opens (`?c=<link id>`): the card of what the link
 * opens, the product while it is on sale, else its store.
 */
async function landingPreview(db: Db, codeId: string): Promise<Preview | null> {
  const [row] = await db
    .select({
      productTitle: products.title,
      productDescription: products.description,
      productImage: firstVisibleImage(products.images),
      storeName: stores.name,
      intro: stores.intro,
      logo: visibleLogo(),
    })
    .from(entryCodes)
    .innerJoin(stores, eq(stores.id, entryCodes.storeId))
    .leftJoin(products, and(eq(products.id, entryCodes.productId), eq(products.storeId, entryCodes.storeId), eq(products.status, 'on_sale')))
    .where(eq(entryCodes.id, codeId))
    .limit(1)
  if (!row) return null
  if (row.productTitle !== null) {
    return {
      type: 'product',
      title: `${row.productTitle} - ${row.storeName}`,
      description: row.productDescription || `${row.storeName}的商品，在微信小程序中打开`,
      image: row.productImage ?? '',
    }
  }
  return { type: 'website', title: row.storeName, description: row.intro || `${row.storeName}：在微信小程序中打开`, image: row.logo ?? '' }
}

/**
 * The preview of a storefront page, or null for a page that has none (or an id that names
 * nothing a shopper may see): that page is served as it was built.
 */
export async function linkPreview(db: Db, pathname: string, query: URLSearchParams): Promise<Preview | null> {
  const params = Object.fromEntries(query)
  const valid = (value: string | undefined) => (value !== undefined && ID.test(value) ? value : undefined)
  switch (pathname.replace(/\/+$/, '')) {
    case '/pages/product/index': {
      const { productId } = pageIds(params)
      return productId ? productPreview(db, productId) : null
    }
    case '/pages/home/index': {
      const { storeId } = pageIds(params)
      return storeId ? storePreview(db, storeId) : null
    }
    case '/packages/post/pages/detail/index': {
      const postId = valid(params.postId)
      return postId ? postPreview(db, postId) : null
    }
    case '/packages/jielong/pages/detail/index': {
      const jielongId = valid(params.id)
      return jielongId ? jielongPreview(db, jielongId) : null
    }
    case `/${LANDING_PAGE}`: {
      const codeId = params.state ? undefined : valid(params.c)
      return codeId ? landingPreview(db, codeId) : null
    }
    default:
      return null
  }
}
