// H5: there are no subscribe messages outside WeChat; the reminder is queued in the outbox.
export async function askReminderConsent(): Promise<boolean> {
  return true
}
