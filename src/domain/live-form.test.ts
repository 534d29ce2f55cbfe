import { emptyLiveForm, liveFormTimes, liveFormToInput, liveRoomToForm, liveScheduleText, type LiveRoomForm } from './live-form'

const form = (patch: Partial<LiveRoomForm> = {}): LiveRoomForm => ({
  title: '山野上新夜',
  day: '2026-12-08',
  startTime: '20:00',
  endTime: '22:00',
  cover: '',
  productIds: ['p1', 'p2'],
  platformRoomId: '',
  ...patch,
})

describe('live-room form', () => {
  it('starts a new room at the next full hour after one from now, for two hours', () => {
    const fresh = emptyLiveForm(new Date(2026, 11, 7, 18, 20))
    expect([fresh.day, fresh.startTime, fresh.endTime]).toEqual(['2026-12-07', '20:00', '22:00'])
  })

  it('turns the picked day and times into ISO times, an end not after the start falling on the next day', () => {
    expect(liveFormTimes(form())).toEqual({ start: new Date(2026, 11, 8, 20), end: new Date(2026, 11, 8, 22) })
    expect(liveFormTimes(form({ startTime: '23:00', endTime: '01:30' }))).toEqual({ start: new Date(2026, 11, 8, 23), end: new Date(2026, 11, 9, 1, 30) })
    const checked = liveFormToInput(form({ title: '  山野上新夜 ', cover: '/files/uploads/a.png' }), { requireRoomNumber: false })
    expect(checked).toEqual({
      ok: true,
      input: { title: '山野上新夜', startAt: new Date(2026, 11, 8, 20).toISOString(), endAt: new Date(2026, 11, 8, 22).toISOString(), cover: '/files/uploads/a.png', productIds: ['p1', 'p2'] },
    })
  })

  it('says what is wrong beside the field: no title, a room of a full day, a room number WeChat would not give', () => {
    expect(liveFormToInput(form({ title: ' ' }), { requireRoomNumber: false })).toEqual({ ok: false, errors: { title: '请填写直播标题' } })
    // An end at the start's time is the next day's: the full 24 hours WeChat allows.
    expect(liveFormTimes(form({ endTime: '20:00' }))?.end).toEqual(new Date(2026, 11, 9, 20))
    expect(liveFormToInput(form({ endTime: '20:00' }), { requireRoomNumber: false }).ok).toBe(true)
    expect(liveFormToInput(form({ platformRoomId: '12 34' }), { requireRoomNumber: false })).toMatchObject({ ok: false, errors: { platformRoomId: expect.any(String) } })
    expect(liveFormToInput(form(), { requireRoomNumber: true })).toEqual({ ok: false, errors: { platformRoomId: '请填写小程序直播后台的房间号' } })
    expect(liveFormToInput(form({ platformRoomId: ' 1024 ' }), { requireRoomNumber: true })).toMatchObject({ ok: true, input: { platformRoomId: '1024' } })
  })

  it('edits a saved room with its stored cover and pinned goods, and shows its schedule', () => {
    const room = { title: '周末茶器', startAt: new Date(2026, 11, 12, 20).toISOString(), endAt: new Date(2026, 11, 13, 0, 30).toISOString(), cover: '/files/uploads/c.png', productIds: ['p3'], platformRoomId: '1024' }
    expect(liveRoomToForm(room)).toEqual({ title: '周末茶器', day: '2026-12-12', startTime: '20:00', endTime: '00:30', cover: '/files/uploads/c.png', productIds: ['p3'], platformRoomId: '1024' })
    expect(liveScheduleText(room.startAt, room.endAt)).toBe('12月12日 20:00–12月13日 00:30')
    expect(liveScheduleText(room.startAt, new Date(2026, 11, 12, 22).toISOString())).toBe('12月12日 20:00–22:00')
  })
})
