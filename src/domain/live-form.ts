// The console's live-room form (a day and two clock times as picked, in the device's time zone)
// to merchant.saveLiveRoom's input, with the rules the cloud checks, so a mistake shows beside
// its field before anything is sent.
import dayjs from 'dayjs'
import type { LiveRoom } from './live'

/** WeChat lets a room last at most 24 hours (cloud/live/save-room.ts refuses longer). */
export const MAX_LIVE_HOURS = 24
export const MAX_LIVE_TITLE = 40
export const MAX_LIVE_PRODUCTS = 50
const ROOM_NUMBER = /^[A-Za-z0-9_-]{1,32}$/

export interface LiveRoomForm {
  title: string
  /** YYYY-MM-DD of the start. */
  day: string
  /** HH:mm; an end at or before the start means the next day (a stream past midnight). */
  startTime: string
  endTime: string
  /** The cover's stored path ('' = the first pinned product's photo). */
  cover: string
  productIds: string[]
  /** The room number from WeChat's live console; '' lets the local twin open one. */
  platformRoomId: string
}

export type LiveRoomFormErrors = Partial<Record<keyof LiveRoomForm, string>>

export interface LiveRoomInput {
  title: string
  startAt: string
  endAt: string
  cover?: string
  productIds: string[]
  platformRoomId?: string
}

/** A new room: the next full hour after one from now, for two hours. */
export function emptyLiveForm(now: Date): LiveRoomForm {
  const start = dayjs(now).add(1, 'hour').startOf('hour').add(1, 'hour')
  return { title: '', day: start.format('YYYY-MM-DD'), startTime: start.format('HH:mm'), endTime: start.add(2, 'hour').format('HH:mm'), cover: '', productIds: [], platformRoomId: '' }
}

/** The form of a saved room, for editing it. `cover` must be the stored path, not a display URL. */
export function liveRoomToForm(room: Pick<LiveRoom, 'title' | 'startAt' | 'endAt' | 'cover' | 'productIds' | 'platformRoomId'>): LiveRoomForm {
  const start = dayjs(room.startAt)
  return {
    title: room.title,
    day: start.format('YYYY-MM-DD'),
    startTime: start.format('HH:mm'),
    endTime: dayjs(room.endAt).format('HH:mm'),
    cover: room.cover,
    productIds: [...room.productIds],
    platformRoomId: room.platformRoomId,
  }
}

/** The start and end the form means: the end on the start's day, or the next one when it is not later. */
export function liveFormTimes(form: Pick<LiveRoomForm, 'day' | 'startTime' | 'endTime'>): { start: Date; end: Date } | null {
  const start = dayjs(`${form.day}T${form.startTime}:00`)
  let end = dayjs(`${form.day}T${form.endTime}:00`)
  if (!start.isValid() || !end.isValid()) return null
  if (!end.isAfter(start)) end = end.add(1, 'day')
  return { start: start.toDate(), end: end.toDate() }
}

/**
 * The input to send, or the errors to show. `requireRoomNumber`: on WeChat a room is created in
 * the live console first and named here by its number.
 */
export function liveFormToInput(
  form: LiveRoomForm,
  options: { requireRoomNumber: boolean },
): { ok: true; input: LiveRoomInput } | { ok: false; errors: LiveRoomFormErrors } {
  const errors: LiveRoomFormErrors = {}
  const title = form.title.trim()
  if (!title) errors.title = '请填写直播标题'
  else if (Array.from(title).length > MAX_LIVE_TITLE) errors.title = `标题最多 ${MAX_LIVE_TITLE} 个字`
  const times = liveFormTimes(form)
  if (!times) errors.day = '请选择开播日期和时间'
  else if (times.end.getTime() - times.start.getTime() > MAX_LIVE_HOURS * 3_600_000) errors.endTime = `一场直播最长 ${MAX_LIVE_HOURS} 小时`
  if (form.productIds.length > MAX_LIVE_PRODUCTS) errors.productIds = `挂载商品最多 ${MAX_LIVE_PRODUCTS} 件`
  const roomNumber = form.platformRoomId.trim()
  if (roomNumber && !ROOM_NUMBER.test(roomNumber)) errors.platformRoomId = '房间号只含字母、数字、- 和 _'
  else if (!roomNumber && options.requireRoomNumber) errors.platformRoomId = '请填写小程序直播后台的房间号'
  if (Object.keys(errors).length > 0 || !times) return { ok: false, errors }
  return {
    ok: true,
    input: {
      title,
      startAt: times.start.toISOString(),
      endAt: times.end.toISOString(),
      ...(form.cover ? { cover: form.cover } : {}),
      productIds: [...form.productIds],
      ...(roomNumber ? { platformRoomId: roomNumber } : {}),
    },
  }
}

/** "12月8日 20:00–22:00" (the end's day too when it differs). */
export function liveScheduleText(startAt: string, endAt: string): string {
  const start = dayjs(startAt)
  const end = dayjs(endAt)
  const sameDay = start.format('YYYY-MM-DD') === end.format('YYYY-MM-DD')
  return `${start.format('M月D日 HH:mm')}–${end.format(sameDay ? 'HH:mm' : 'M月D日 HH:mm')}`
}
