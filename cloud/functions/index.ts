// Every cloud function by name. The local server and the WeChat bundles both dispatch here.
import type { Registry } from '../dispatch'
import { catalog } from './catalog'
import { entry } from './entry'

export const registry: Registry = { catalog, entry }
