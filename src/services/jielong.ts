// 接龙 calls: the shopper's page (jielong.*) and the merchant console (merchant.*Jielong*).
import type { AddressFields } from '@/domain/address'
import type { Page } from '@/domain/envelope'
import type { Jielong, JielongDelivery, JielongEntry, JielongSheet, JielongSheetExport } from '@/domain/jielong'
import type { Order } from '@/domain/order-types'
import { callCloud } from './cloud'

export function getJielong(jielongId: string): Promise<Jielong> {
  return callCloud('jielong', 'get', { jielongId })
}

export function listJielongEntries(jielongId: string, cursor?: string | null): Promise<Page<JielongEntry>> {
  return callCloud('jielong', 'listEntries', { jielongId, cursor, limit: 50 })
}

export interface JoinRequest {
  jielongId: string
  lines: Array<{ skuId: string; quantity: number }>
  pickupPointId?: string
  address?: AddressFields
  note?: string
  idempotencyKey: string
}

export function joinJielong(request: JoinRequest): Promise<Order> {
  return callCloud('jielong', 'join', { ...request })
}

export interface SaveJielongRequest {
  storeId: string
  jielongId?: string
  title: string
  intro?: string
  items: Array<{ skuId: string; limitPerPerson?: number | null }>
  endAt: string
  delivery: JielongDelivery
  pickupPoints?: Array<{ id?: string; name: string; address: string }>
}

export function saveJielong(request: SaveJielongRequest): Promise<Jielong> {
  return callCloud('merchant', 'saveJielong', { ...request })
}

export function closeJielong(storeId: string, jielongId: string): Promise<Jielong> {
  return callCloud('merchant', 'closeJielong', { storeId, jielongId })
}

export async function listStoreJielongs(storeId: string): Promise<Jielong[]> {
  return (await callCloud('merchant', 'listJielongs', { storeId })).items
}

export function getJielongSheet(storeId: string, jielongId: string): Promise<JielongSheet> {
  return callCloud('merchant', 'jielongSheet', { storeId, jielongId })
}


export function exportJielongSheet(storeId: string, jielongId: string, format: 'xlsx' | 'csv'): Promise<JielongSheetExport> {
  return callCloud('merchant', 'exportJielongSheet', { storeId, jielongId, format })
}
