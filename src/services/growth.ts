// QR codes and links for a store, product or live room, made by the entry feature
// (entry.createQrCode / createLink, DESIGN.md section 3). Until that feature is deployed the
// calls answer NOT_FOUND (no such function) or VALIDATION_FAILED (no such action): the
// console then says the feature is coming instead of failing.
import { AppError } from '@/domain/errors'
import { callCloud } from './cloud'

export interface QrCode {
  scene: string
  path: string
  /** A PNG (data URL, stored path or cloud file id) to show and save. */
  image: string
}

export interface OutsideLink {
  url: string
  /** The short <web>/l/<code> to post instead of url; null when no web is deployed. */
  shortUrl?: string | null
  path: string
  query: Record<string, string>
  expiresAt: string
}

export interface CodeTarget {
  storeId: string
  productId?: string
  roomId?: string
  campaign?: string
}

/** True when the error says the function or action does not exist (yet), not that the call failed. */
export function isFeatureMissing(error: unknown): boolean {
  if (!(error instanceof AppError)) return false
  if (error.code === 'NOT_FOUND') return error.message.startsWith('云函数不存在')
  return error.code === 'VALIDATION_FAILED' && typeof error.details?.action === 'string'
}

async function unlessMissing<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call
  } catch (error) {
    if (isFeatureMissing(error)) return null
    throw error
  }
}

/** The code, or null while the entry feature is not there. */
export function createQrCode(target: CodeTarget): Promise<QrCode | null> {
  return unlessMissing(callCloud<QrCode>('entry', 'createQrCode', { ...target }))
}

export function createLink(target: CodeTarget & { channel: 'weibo' | 'web' }): Promise<OutsideLink | null> {
  return unlessMissing(callCloud<OutsideLink>('entry', 'createLink', { ...target }))
}
