// The console's back-office calls: alerts, order export, product import.
import type { AlertKind, AlertSettings, NotificationPage } from '@/domain/alerts'
import type { ResponseOf } from './contract'
import { callCloud } from './cloud'

export interface AlertSettingsInput {
  newOrder: boolean
  lowStock: number
  refundRequested: boolean
  newMessage: boolean
}

export function getAlertSettings(storeId: string): Promise<AlertSettings> {
  return callCloud('merchant', 'alertSettings', { storeId })
}

export function saveAlertSettings(storeId: string, input: AlertSettingsInput): Promise<AlertSettings> {
  return callCloud('merchant', 'saveAlertSettings', { storeId, ...input })
}

export function grantAlerts(storeId: string, kinds: AlertKind[]): Promise<AlertSettings> {
  return callCloud('merchant', 'grantAlerts', { storeId, kinds })
}

export function listNotifications(storeId: string, cursor?: string | null, limit?: number): Promise<NotificationPage> {
  return callCloud('merchant', 'listNotifications', { storeId, ...(cursor ? { cursor } : {}), ...(limit ? { limit } : {}) })
}

export function markNotificationsRead(storeId: string): Promise<{ unread: 0 }> {
  return callCloud('merchant', 'markNotificationsRead', { storeId })
}

export type ExportAnswer = ResponseOf<'merchant', 'exportOrders'>

export function exportOrders(storeId: string, range: { from: string; to: string }, format: 'csv' | 'xlsx'): Promise<ExportAnswer> {
  return callCloud('merchant', 'exportOrders', { storeId, ...range, format })
}

export type ImportAnswer = ResponseOf<'merchant', 'importProducts'>

export function importProducts(storeId: string, fileUrl: string, dryRun: boolean): Promise<ImportAnswer> {
  return callCloud('merchant', 'importProducts', { storeId, fileUrl, dryRun })
}

export function importTemplate(storeId: string): Promise<{ url: string; fileName: string }> {
  return callCloud('merchant', 'importTemplate', { storeId })
}
