// Every cloud function by name. The local server and the WeChat bundles both dispatch here.
import type { Registry } from '../dispatch'
import { address } from './address'
import { auth } from './auth'
import { catalog } from './catalog'

export const registry: Registry = { catalog, auth, address }
