// Writes route-chunks.json beside the H5 build: for each page route, the script and style files
// its page needs beyond the entry (app.js). The router imports a page only after app.js has
// downloaded and run, so a page's chunks came in a second round trip; the local cloud writes
// them into the served index.html as low-priority preloads (cloud/http/route-preloads.ts), and
// they download beside app.js instead.
import type { Compiler } from 'webpack'

export const ROUTE_CHUNKS_FILE = 'route-chunks.json'

/** Taro's H5 app entry imports each page as `import("./pages/home/index")` (taro-loader's genResource). */
const PAGE_REQUEST = /^\.\/((?:pages|packages)\/[\w/-]+\/index)$/

export class RouteChunksPlugin {
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('RouteChunksPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'RouteChunksPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const initial = new Set<string>()
        for (const entry of compilation.entrypoints.values()) for (const file of entry.getFiles()) initial.add(file)
        const routes: Record<string, string[]> = {}
        for (const group of compilation.chunkGroups) {
          if (group.isInitial()) continue
          for (const origin of group.origins) {
            const page = PAGE_REQUEST.exec(origin.request ?? '')
            if (!page) continue
            const files = group.getFiles().filter((file) => /\.(js|css)$/.test(file) && !initial.has(file))
            routes[`/${page[1]}`] = [...new Set([...(routes[`/${page[1]}`] ?? []), ...files])].sort()
          }
        }
        compilation.emitAsset(ROUTE_CHUNKS_FILE, new sources.RawSource(JSON.stringify(routes)))
      })
    })
  }
}
