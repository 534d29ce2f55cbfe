// Times as people read them in the app (dayjs, zh-cn): "3月9日 14:05", with the year only
// when it is not this one.
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'

dayjs.locale('zh-cn')

export function formatDateTime(iso: string, now: Date = new Date()): string {
  const time = dayjs(iso)
  if (!time.isValid()) return ''
  return time.year() === now.getFullYear() ? time.format('M月D日 HH:mm') : time.format('YYYY年M月D日 HH:mm')
}

export function formatDate(iso: string): string {
  const time = dayjs(iso)
  return time.isValid() ? time.format('YYYY年M月D日') : ''
}
