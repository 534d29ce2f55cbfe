// Entry calls, reshaped for the UI: stored picture paths become loadable URLs.
import type { Page } from '@/domain/envelope'
import type { CreatedLink, EntryCode, ListedCode, PosterCode, PublicLink, RecordedVisit, VisitView } from '@/domain/entry-wire'
import type { EntrySource } from '@/domain/entry'
import { callCloud } from './cloud'
import { assetUrl } from './config'

export interface VisitReport {
  launchId: string
  scene?: number
  path?: string
  query?: Record<string, string>
  apiCategory?: string
  referrerInfo?: { appId?: string; extraData?: Record<string, string> }
  anonymousId?: string
}

/** Idempotent per launch, so a lost answer may be asked again. */
export function recordVisit(report: VisitReport): Promise<RecordedVisit> {
  return callCloud('entry', 'recordVisit', { ...report }, { retries: 2 })
}

export interface CodeRequest {
  storeId: string
  productId?: string
  roomId?: string
  campaign?: string
}

function withImage<T extends { image: string | null }>(code: T): T {
  return { ...code, image: code.image ? assetUrl(code.image) : null }
}

export async function createQrCode(request: CodeRequest): Promise<EntryCode> {
  return withImage(await callCloud('entry', 'createQrCode', { ...request }))
}

export async function createLink(request: CodeRequest & { channel: 'weibo' | 'web'; expireDays?: number }): Promise<CreatedLink> {
  return callCloud('entry', 'createLink', { ...request })
}

export async function listCodes(query: { storeId: string; kind?: 'qr' | 'link'; cursor?: string | null; limit?: number }): Promise<Page<ListedCode>> {
  const page = await callCloud('entry', 'listCodes', { ...query })
  return { items: page.items.map(withImage), nextCursor: page.nextCursor }
}

export function listVisits(query: { storeId: string; source?: EntrySource; cursor?: string | null; limit?: number }): Promise<Page<VisitView>> {
  return callCloud('entry', 'listVisits', { ...query })
}

export function getLink(id: string): Promise<PublicLink> {
  return callCloud('entry', 'getLink', { id })
}

export async function createPosterCode(productId: string): Promise<PosterCode> {
  const code = await callCloud('entry', 'createPosterCode', { productId })
  return { ...code, image: assetUrl(code.image) }
}
