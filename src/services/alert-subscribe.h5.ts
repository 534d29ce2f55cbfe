// H5 has no subscribe messages: every kind counts as accepted so the flow is the same.
import type { AlertKind } from '@/domain/alerts'

export async function askAlertMessages(kinds: AlertKind[]): Promise<AlertKind[]> {
  return kinds
}
