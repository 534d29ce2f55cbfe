// The only callers of WeChat's privacy-bound APIs (the table in src/domain/privacy-apis.ts).
// WeChat holds each call until the consent sheet is answered; a refusal must not look like a
// button that does nothing, so it is explained in a modal. A closed picker stays silent.
import Taro from '@tarojs/taro'
import { platformFailure, PRIVACY_REFUSED_MESSAGE, type PrivacyApiName } from '@/domain/privacy-apis'

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: 'cancel' | 'privacy' | 'other' }

/**
 * Runs one privacy-bound call; a refused consent is explained here, other failures are the
 * caller's. The API's name is typed by the table, so a call missing from it does not compile.
 */
async function guarded<T>(_api: PrivacyApiName, call: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await call() }
  } catch (error) {
    const failure = platformFailure(error)
    if (failure === 'privacy') showPrivacyRefused()
    return { ok: false, failure }
  }
}

export function showPrivacyRefused(): void {
  void Promise.resolve(
    Taro.showModal({ title: '隐私保护提示', content: PRIVACY_REFUSED_MESSAGE, showCancel: false, confirmText: '知道了' }),
  ).catch(() => undefined)
}

const toast = (title: string) => void Taro.showToast({ title, icon: 'none' })

/** Photos from the album or camera, as local paths; empty when none were picked. */
export async function choosePhotos(count: number, sourceType: Array<'album' | 'camera'> = ['album', 'camera']): Promise<string[]> {
  const picked = await guarded('chooseMedia', () => Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'], sourceType }))
  if (picked.ok) return picked.value.tempFiles.map((file) => file.tempFilePath).slice(0, count)
  if (picked.failure === 'other') toast('无法打开相册，请检查相册和相机权限')
  return []
}

/** A file from a chat (the product import's spreadsheet); null when none was picked. */
export async function chooseChatFile(extension: string[]): Promise<{ path: string; name: string } | null> {
  const picked = await guarded('chooseMessageFile', () => Taro.chooseMessageFile({ count: 1, type: 'file', extension }))
  if (picked.ok) return picked.value.tempFiles[0] ?? null
  if (picked.failure === 'other') toast('无法打开聊天文件')
  return null
}

/** An address from WeChat's own address book; null when none was picked. */
export async function chooseWechatAddress(): Promise<Taro.chooseAddress.SuccessCallbackResult | null> {
  const picked = await guarded('chooseAddress', () => Taro.chooseAddress())
  if (picked.ok) return picked.value
  if (picked.failure === 'other') toast('无法读取收货地址，请检查授权')
  return null
}

/** Saves a local image to the photo album; 'refused' when privacy consent or album access was refused. */
export async function saveImageToAlbum(filePath: string): Promise<'saved' | 'refused' | 'failed'> {
  const saved = await guarded('saveImageToPhotosAlbum', () => Taro.saveImageToPhotosAlbum({ filePath }))
  if (saved.ok) return 'saved'
  return saved.failure === 'privacy' ? 'refused' : 'failed'
}

/** Copies text and says so (done names what was copied, e.g. 订单编号已复制). */
export async function copyText(data: string, done: string): Promise<boolean> {
  const copied = await guarded('setClipboardData', () => Taro.setClipboardData({ data }))
  if (copied.ok) toast(done)
  else if (copied.failure === 'other') toast('复制失败，请长按选择文字')
  return copied.ok
}
