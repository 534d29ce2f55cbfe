// Mini Program codes and links through wx-server-sdk (WECHAT-API.md sections 2 and 3). The SDK
// turns camelCase keys into snake_case and throws a non-zero errcode as `errCode`; the codes
// a merchant can act on become AppErrors with a Chinese message.
import { createHash } from 'node:crypto'
import { toQueryString } from '../../../src/domain/entry-codec'
import { AppError } from '../../../src/domain/errors'
import type { EntryLinkAdapter } from '../platform'
import type { WxCloud } from './sdk'

type EnvVersion = 'release' | 'trial' | 'develop'

function envVersionOf(value: string | undefined): EnvVersion {
  return value === 'trial' || value === 'develop' ? value : 'release'
}

async function openapi<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    const errCode = (error as { errCode?: unknown }).errCode
    if (errCode === 45009) throw new AppError('RATE_LIMITED', `${what}太频繁，请稍后再试`, { errCode })
    if (errCode === 41030) throw new AppError('VALIDATION_FAILED', '该页面尚未发布，暂时无法生成', { errCode })
    if (errCode === 40169 || errCode === 40097 || errCode === 85401) {
      throw new AppError('VALIDATION_FAILED', `${what}的参数不被微信接受`, { errCode })
    }
    console.error(`[wechat] ${what} failed:`, error)
    throw new AppError('INTERNAL', `${what}失败，请稍后重试`, typeof errCode === 'number' ? { errCode } : undefined)
  }
}

/** The openapi names this adapter calls, by method, for the functions' config.json permissions. */
export const ENTRY_LINKS_OPENAPI = {
  createCode: ['wxacode.getUnlimited'],
  createUrlLink: ['urllink.generate'],
  createUrlScheme: ['urlscheme.generate'],
}

export function wechatEntryLinks(cloud: WxCloud, env: Record<string, string | undefined> = process.env): EntryLinkAdapter {
  // Which version codes and links open; a code for an unreleased page needs checkPath off.
  const envVersion = envVersionOf(env.WECHAT_ENV_VERSION)
  const seconds = (date: Date) => Math.floor(date.getTime() / 1000)

  return {
    async createCode({ scene, page }) {
      const code = await openapi<{ buffer?: unknown } | undefined>('生成小程序码', () =>
        cloud.openapi.wxacode.getUnlimited({ scene, page, checkPath: envVersion === 'release', envVersion, width: 430 }),
      )
      if (!code || !Buffer.isBuffer(code.buffer)) throw new AppError('INTERNAL', '生成小程序码失败，请稍后重试')
      // Same page and scene, same picture: name the file after them so repeats overwrite.
      const name = createHash('sha1').update(`${page}?${scene}`).digest('hex')
      const { fileID } = await openapi('保存小程序码', () => cloud.uploadFile({ cloudPath: `wxacode/${name}.png`, fileContent: code.buffer as Buffer }))
      return { image: fileID }
    },
    async createUrlLink({ page, query, expiresAt }) {
      const res = await openapi<{ urlLink?: string }>('生成链接', () =>
        cloud.openapi.urllink.generate({ path: `/${page}`, query: toQueryString(query), envVersion, expireType: 0, expireTime: seconds(expiresAt) }),
      )
      if (!res.urlLink) throw new AppError('INTERNAL', '生成链接失败，请稍后重试')
      return { url: res.urlLink }
    },
    async createUrlScheme({ page, query, expiresAt }) {
      const res = await openapi<{ openlink?: string }>('生成链接', () =>
        cloud.openapi.urlscheme.generate({
          jumpWxa: { path: `/${page}`, query: toQueryString(query), envVersion },
          expireType: 0,
          expireTime: seconds(expiresAt),
        }),
      )
      if (!res.openlink) throw new AppError('INTERNAL', '生成链接失败，请稍后重试')
      return { openlink: res.openlink }
    },
    webBase: () => (env.H5_BASE_URL ? env.H5_BASE_URL.replace(/\/+$/, '') : null),
  }
}
