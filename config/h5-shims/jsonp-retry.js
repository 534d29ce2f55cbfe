// Taro's H5 request answers `jsonp: true` with jsonp-retry; the storefront talks to its own
// origin with fetch and never asks for JSONP, so the library stays out of app.js (config/index.ts).
export default function jsonpRetry() {
  return Promise.reject(new Error('JSONP is not built into this storefront'))
}
