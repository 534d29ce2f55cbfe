// When a room starts, in the words a shopper reads: "今天 20:00 开播", "明天 09:30 开播",
// "周五 20:00 开播", "11月28日 20:00 开播". Kept apart from live.ts so the cloud never bundles dayjs.
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'

const RELATIVE_DAYS: Record<number, string> = { [-1]: '昨天', 0: '今天', 1: '明天', 2: '后天' }

/** The start of a room relative to `now`, in the device's time zone. */
export function startTimeText(startAt: string | Date, now: Date = new Date()): string {
  const start = dayjs(startAt).locale('zh-cn')
  if (!start.isValid()) return ''
  const today = dayjs(now).startOf('day')
  const days = start.startOf('day').diff(today, 'day')
  const clock = start.format('HH:mm')
  const relative = RELATIVE_DAYS[days]
  if (relative) return `${relative} ${clock} 开播`
  if (days > 2 && days < 7) return `${start.format('ddd')} ${clock} 开播`
  if (start.year() === today.year()) return `${start.format('M月D日')} ${clock} 开播`
  return `${start.format('YYYY年M月D日')} ${clock} 开播`
}
