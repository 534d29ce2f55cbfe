// A page route's own script and style files as preload links for the served index.html. The H5
// router imports a page only after app.js has downloaded and run, so without them a page's
// chunks started downloading one round trip late; preloaded, they come beside app.js. They are
// low priority so app.js and its vendor chunk keep the connection first. The map is
// route-chunks.json, written by the H5 build (config/route-chunks.ts).

/** Route path (`/pages/home/index`) → files relative to the web root (`js/1234.abcd1234.js`). */
export type RouteChunks = Record<string, string[]>

const FILE = /^(?:js|css)\/[\w.-]+\.(js|css)$/

/** The map from the build's file, or an empty one when it is missing or not what the build writes. */
export function parseRouteChunks(text: string): RouteChunks {
  try {
    const parsed: unknown = JSON.parse(text)
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {}
    const routes: RouteChunks = {}
    for (const [route, files] of Object.entries(parsed)) {
      if (Array.isArray(files)) routes[route] = files.filter((f): f is string => typeof f === 'string' && FILE.test(f))
    }
    return routes
  } catch {
    return {}
  }
}

/** The preload tags for a request path, '' when the route has none. */
export function preloadTags(routes: RouteChunks, pathname: string): string {
  const files = Object.prototype.hasOwnProperty.call(routes, pathname) ? routes[pathname] : []
  return files
    .map((file) => `<link rel="preload" href="/${file}" as="${file.endsWith('.css') ? 'style' : 'script'}" fetchpriority="low">`)
    .join('')
}

/** The page with the tags at the end of its <head>. */
export function withPreloads(html: string, tags: string): string {
  return tags ? html.replace(/<\/head>/i, () => `${tags}</head>`) : html
}
