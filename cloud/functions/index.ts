// Every cloud function by name. The local server and the WeChat bundles both dispatch here.
import type { Registry } from '../dispatch'
import { catalog } from './catalog'
import { merchant } from './merchant'
import { order } from './order'
import { payment } from './payment'
import { timer } from './timer'

export const registry: Registry = { catalog, order, payment, timer, merchant }
