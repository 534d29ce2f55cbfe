// The console's back-office calls: alerts, order export, product import.
import type { AlertKind, AlertSettings, NotificationPage } from '@/domain/alerts'
import { callCloud } from './cloud'

export interface AlertSettingsInput {
  newOrder: boolean
  lowStock: number
  refundRequested: boolean
  newMessage: boolean
}

export function getAlertSettings(storeId: string): Promise<AlertSettings> {
  return callCloud<AlertSettings>('merchant', 'alertSettings', { storeId })
}

export function saveAlertSettings(storeId: string, input: AlertSettingsInput): Promise<AlertSettings> {
  return callCloud<AlertSettings>('merchant', 'saveAlertSettings', { storeId, ...input })
}

export function grantAlerts(storeId: string, kinds: AlertKind[]): Promise<AlertSettings> {
  return callCloud<AlertSettings>('merchant', 'grantAlerts', { storeId, kinds })
}

export function listNotifications(storeId: string, cursor?: string | null, limit?: number): Promise<NotificationPage> {
  return callCloud<NotificationPage>('merchant', 'listNotifications', { storeId, ...(cursor ? { cursor } : {}), ...(limit ? { limit } : {}) })
}

export function markNotificationsRead(storeId: string): Promise<{ unread: 0 }> {
  return callCloud<{ unread: 0 }>('merchant', 'markNotificationsRead', { storeId })
}

export interface ExportAnswer {
  url: string
  fileName: string
  rows: number
  orders: number
  expiresAt: string
}

export function exportOrders(storeId: string, range: { from: string; to: string }, format: 'csv' | 'xlsx'): Promise<ExportAnswer> {
  return callCloud<ExportAnswer>('merchant', 'exportOrders', { storeId, ...range, format })
}

export interface ImportAnswer {
  created: number
  updated: number
  errors: Array<{ row: number; message: string }>
  dryRun: boolean
}

export function importProducts(storeId: string, fileUrl: string, dryRun: boolean): Promise<ImportAnswer> {
  return callCloud<ImportAnswer>('merchant', 'importProducts', { storeId, fileUrl, dryRun })
}

export function importTemplate(storeId: string): Promise<{ url: string; fileName: string }> {
  return callCloud<{ url: string; fileName: string }>('merchant', 'importTemplate', { storeId })
}
