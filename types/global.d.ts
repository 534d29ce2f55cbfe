/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'h5'
    /** WeChat appid of the Mini Program; tourist id when unset. */
    TARO_APP_ID?: string
    /** Base URL of the local cloud for the H5 build; empty means the page's own origin. */
    TARO_APP_API?: string
    /** WeChat Cloud environment id for Taro.cloud.init on weapp. */
    TARO_APP_CLOUD_ENV?: string
    /** "off" stops the H5 build from sending the local x-openid identity. */
    TARO_APP_DEV_IDENTITY?: string
  }
}
