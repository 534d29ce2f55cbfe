// The privacy-bound WeChat APIs the app calls (DESIGN.md section 5), in one table: WeChat holds
// each until the consent sheet is answered, and the address/location ones must also be listed in
// app.json's requiredPrivateInfos or released builds refuse them. src/app.config.ts derives that
// list from here; src/services/privacy-apis.ts is the only place that calls them.

/** Each API the app calls, with what for (as the privacy guide words it). */
export const PRIVACY_APIS = {
  chooseMedia: '上传商品、动态、评价的照片和店铺标志',
  chooseAddress: '选择收货地址',
  saveImageToPhotosAlbum: '保存分享海报到相册',
  setClipboardData: '复制订单号和店铺链接',
  chooseMessageFile: '从聊天中选择要批量导入的商品表格',
} as const satisfies Record<string, string>

export type PrivacyApiName = keyof typeof PRIVACY_APIS

/** The address and location APIs WeChat wants declared in requiredPrivateInfos (app.json docs). */
export const DECLARED_PRIVATE_APIS = [
  'chooseAddress',
  'chooseLocation',
  'choosePoi',
  'getLocation',
  'getFuzzyLocation',
  'onLocationChange',
  'startLocationUpdate',
  'startLocationUpdateBackground',
] as const

type DeclaredApi = (typeof DECLARED_PRIVATE_APIS)[number]

const mustDeclare = (name: string): name is DeclaredApi => (DECLARED_PRIVATE_APIS as readonly string[]).includes(name)

/** app.json's requiredPrivateInfos: every address/location API in the table. */
export const REQUIRED_PRIVATE_INFOS: DeclaredApi[] = Object.keys(PRIVACY_APIS).filter(mustDeclare)

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
