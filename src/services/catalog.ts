// Catalog calls, reshaped for the UI: stored image paths become loadable URLs.
import type { Product, Store } from '@/domain/catalog'
import type { CategorySummary } from '@/domain/categories'
import type { RequestOf, ResponseOf } from './contract'
import type { Page } from '@/domain/envelope'
import { callCloud } from './cloud'
import { assetUrl } from './config'

function withUrls(product: Product): Product {
  const urls = { ...product, images: product.images.map(assetUrl) }
  if (product.store) urls.store = { ...product.store, logo: assetUrl(product.store.logo) }
  return urls
}

function pageWithUrls(page: Page<Product>): Page<Product> {
  return { items: page.items.map(withUrls), nextCursor: page.nextCursor }
}

export async function getStore(storeId: string): Promise<Store> {
  const store = await callCloud('catalog', 'getStore', { storeId })
  return { ...store, logo: assetUrl(store.logo) }
}

export interface ProductQuery {
  storeId?: string
  hashtag?: string
  categoryId?: string
  cursor?: string | null
  limit?: number
}

export async function listProducts(query: ProductQuery): Promise<Page<Product>> {
  return pageWithUrls(await callCloud('catalog', 'listProducts', { ...query }))
}

export async function getProduct(productId: string): Promise<Product> {
  return withUrls(await callCloud('catalog', 'getProduct', { productId }))
}

export async function listTopic(query: RequestOf<'catalog', 'listTopic'>): Promise<Page<Product>> {
  return pageWithUrls(await callCloud('catalog', 'listTopic', { ...query }))
}

export async function searchProducts(query: RequestOf<'catalog', 'search'>): Promise<Page<Product>> {
  return pageWithUrls(await callCloud('catalog', 'search', { ...query }))
}

export type HashtagCount = ResponseOf<'catalog', 'listHashtags'>['items'][number]

export async function listHashtags(storeId?: string, limit = 12): Promise<HashtagCount[]> {
  return (await callCloud('catalog', 'listHashtags', { storeId, limit })).items
}

export async function topicStores(hashtag: string): Promise<Store[]> {
  const page = await callCloud('catalog', 'listTopic', { hashtag, limit: 1 })
  return (page.stores ?? []).map((store) => ({ ...store, logo: assetUrl(store.logo) }))
}

export async function listCategories(storeId: string): Promise<CategorySummary[]> {
  return (await callCloud('catalog', 'listCategories', { storeId })).items
}
