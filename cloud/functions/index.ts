// Every cloud function by name. The local server and the WeChat bundles both dispatch here.
import type { Registry } from '../dispatch'
import { catalog } from './catalog'
import { merchant } from './merchant'
import { review } from './review'

export const registry: Registry = { catalog, merchant, review }
