// Taro build configuration shared by the weapp and H5 builds.
import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { RouteChunksPlugin } from './route-chunks'

const isH5 = process.env.TARO_ENV === 'h5'

/**
 * Build-time settings the app reads as process.env.*; unset ones become '' so the bundle
 * never refers to a `process` that browsers and WeChat do not have.
 */
const APP_ENV = [
  'TARO_APP_API',
  'TARO_APP_CLOUD_ENV',
  'TARO_APP_DEV_IDENTITY',
  'TARO_APP_TMPL_LIVE_START',
  'TARO_APP_TMPL_ORDER_PAID',
  'TARO_APP_TMPL_ORDER_SHIPPED',
]
const defineConstants = Object.fromEntries(
  APP_ENV.map((name) => [`process.env.${name}`, JSON.stringify(process.env[name] ?? '')]),
)

export default defineConfig<'webpack5'>(async (merge) => {
  const base: UserConfigExport<'webpack5'> = {
    projectName: 'xiaodian',
    date: '2026-11-25',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // Each build wipes its own folder, so weapp and H5 never share one (TARO_OUTPUT_ROOT: a
    // production web build beside the development one, e.g. dist-h5-prod).
    outputRoot: process.env.TARO_OUTPUT_ROOT || (isH5 ? 'dist-h5' : 'dist'),
    plugins: [],
    defineConstants,
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      // React implementations of the components (tree-shaken per component) instead of the
      // Stencil web-component bundle, which shipped swiper and every other component to each page.
      useHtmlComponents: true,
      // Images below this go into the script as data URLs (Taro's default is 2 KB). The tab bar's
      // palette PNGs of 1.4–1.6 KB would then put ~6 KB gzip of base64 into app.js, which every
      // page loads first; as files they cost a cached request. The home and cart icons (~1 KB) stay inline.
      imageUrlLoaderOption: { limit: 1200 },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      webpackChain(chain) {
        // Taro splits only the initial chunks, so every page chunk carried its own copy of the
        // component library (swiper and all, ~60 KB gzip each). Split async chunks too.
        // Taro sets minSize 0, which cut the shared code into dozens of sub-kilobyte chunks: the
        // home page fetched 32 scripts, and every route in app.js listed ~20 chunk ids. Shared code
        // under 10 KB now stays in the chunks that use it.
        chain.optimization.splitChunks({ ...chain.optimization.get('splitChunks'), chunks: 'all', minSize: 10_000 })
        // Taro's H5 API imports the fetch and AbortController polyfills and a JSONP library into
        // app.js, which every page parses first. Every browser the browserslist allows has fetch
        // and AbortController, and nothing here asks for JSONP (−7 KB gzip).
        const shims = path.resolve(__dirname, 'h5-shims')
        chain.resolve.alias
          .set('whatwg-fetch$', path.join(shims, 'empty.js'))
          .set('abortcontroller-polyfill/dist/abortcontroller-polyfill-only$', path.join(shims, 'empty.js'))
          .set('jsonp-retry$', path.join(shims, 'jsonp-retry.js'))
        // Each page's chunks, for the server to preload with the page (config/route-chunks.ts).
        chain.plugin('route-chunks').use(RouteChunksPlugin)
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }
  return merge({}, base)
})
