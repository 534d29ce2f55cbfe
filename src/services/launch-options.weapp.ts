// weapp: the options WeChat launched (or re-entered) the Mini Program with.
import Taro from '@tarojs/taro'
import type { LaunchOptions } from '@/domain/entry-codec'

export function readLaunchOptions(fromHook?: unknown): LaunchOptions {
  if (fromHook && typeof fromHook === 'object') return fromHook as LaunchOptions
  return (Taro.getEnterOptionsSync?.() ?? Taro.getLaunchOptionsSync()) as LaunchOptions
}
