// Where the H5 build finds the local cloud: TARO_APP_API when set, else the page's own origin
// (the local cloud serves the H5 build itself).
export const API_BASE: string = (process.env.TARO_APP_API ?? '').replace(/\/+$/, '')

/**
 * Stored paths ("/files/demo/mug-1.svg") become URLs the app can load; full URLs and
 * cloud:// file ids are already usable and pass through.
 */
export function assetUrl(path: string): string {
  if (!path || /^(https?:|cloud:|data:|wxfile:)/.test(path)) return path
  return `${API_BASE}${path.startsWith('/') ? '' : '/'}${path}`
}
