// Which openapi names each capability of the Platform calls on WeChat, as its adapter declares
// them. scripts/bundle-functions.ts derives each function's config.json permissions from the
// capabilities its own operations reach; openapi-permissions.test.ts keeps the declarations
// equal to the calls in each adapter's source.
import { CONTENT_CHECK_OPENAPI } from './content-check'
import { ENTRY_LINKS_OPENAPI } from './entry-links'
import { LIVE_OPENAPI } from './live'
import { LOGISTICS_OPENAPI } from './logistics'
import { MEDIA_CHECK_OPENAPI } from './media-check'
import { MESSAGES_OPENAPI } from './messages'
import { SHIPPING_OPENAPI } from './shipping'

/** Capability (a key of Platform) → method → openapi names. Capabilities not listed call none. */
export const OPENAPI_BY_CAPABILITY: Record<string, Record<string, string[]>> = {
  content: CONTENT_CHECK_OPENAPI,
  media: MEDIA_CHECK_OPENAPI,
  messages: MESSAGES_OPENAPI,
  live: LIVE_OPENAPI,
  entryLinks: ENTRY_LINKS_OPENAPI,
  shipping: SHIPPING_OPENAPI,
  logistics: LOGISTICS_OPENAPI,
}

/** Where an operation reaches a capability: `platform.media.checkImage`, or `platform.entryLinks` whole. */
const USE = /\bplatform\.([A-Za-z]+)(?:\.([A-Za-z]+))?/g

/**
 * The openapi names reachable from these source texts (an operation's files, not the adapters):
 * a method named after the capability gives its names; the capability taken whole gives all.
 */
export function openapiPermissionsOf(sources: readonly string[]): string[] {
  const names = new Set<string>()
  for (const source of sources) {
    for (const [, capability, method] of source.matchAll(USE)) {
      const declared = OPENAPI_BY_CAPABILITY[capability]
      if (!declared) continue
      const methods = method && method in declared ? [method] : method ? [] : Object.keys(declared)
      for (const name of methods.flatMap((m) => declared[m])) names.add(name)
    }
  }
  return [...names].sort()
}
