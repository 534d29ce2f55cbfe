// The privacy-bound WeChat APIs the app calls (DESIGN.md section 5), in one table: WeChat holds
// each until the consent sheet is answered, and the address/location ones must also be listed in
// app.json's requiredPrivateInfos or released builds refuse them. src/app.config.ts derives that
// list from here; src/services/privacy-apis.ts is the only place that calls them.

export interface PrivacyApi {
  /** What the app uses it for, as the privacy guide words it. */
  use: string
  /** Address and location APIs WeChat wants declared in app.json (requiredPrivateInfos). */
  declare: boolean
}

export const PRIVACY_APIS = {
  chooseMedia: { use: '上传商品、动态、评价的照片和店铺标志', declare: false },
  chooseAddress: { use: '选择收货地址', declare: true },
  saveImageToPhotosAlbum: { use: '保存分享海报到相册', declare: false },
  setClipboardData: { use: '复制订单号和店铺链接', declare: false },
} as const satisfies Record<string, PrivacyApi>

export type PrivacyApiName = keyof typeof PRIVACY_APIS

/** app.json's requiredPrivateInfos: every address/location API above. */
export const REQUIRED_PRIVATE_INFOS: PrivacyApiName[] = (Object.keys(PRIVACY_APIS) as PrivacyApiName[]).filter(
  (name) => PRIVACY_APIS[name].declare,
)

export const PRIVACY_REFUSED_MESSAGE = '需要同意隐私保护指引才能使用该功能'

/** How a platform call failed: the shopper cancelled, privacy consent was refused, or anything else. */
export type PlatformFailure = 'cancel' | 'privacy' | 'other'

/**
 * WeChat fails a held call with errno 104 / "…:fail privacy permission is not authorized" when
 * consent was refused (or no sheet could ask); a closed picker says "…:fail cancel".
 */
export function platformFailure(error: unknown): PlatformFailure {
  const { errMsg, errno } = (error ?? {}) as { errMsg?: unknown; errno?: unknown }
  const message = String(errMsg ?? (error instanceof Error ? error.message : ''))
  if (errno === 104 || /privacy permission is not authorized/.test(message)) return 'privacy'
  if (/cancel/i.test(message)) return 'cancel'
  return 'other'
}
