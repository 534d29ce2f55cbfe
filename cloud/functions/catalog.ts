// catalog: what shoppers browse. Read-only and public, so single-page mode (scene 1154) works.
import { getProduct } from '../catalog/get-product'
import { getStore } from '../catalog/get-store'
import { listHashtags } from '../catalog/list-hashtags'
import { listProducts } from '../catalog/list-products'
import { listTopic } from '../catalog/list-topic'
import { search } from '../catalog/search'
import { listCategories } from '../catalog/list-categories'
import type { FunctionTable } from '../operation'

export const catalog = { getStore, listProducts, getProduct, listTopic, search, listHashtags, listCategories } satisfies FunctionTable
