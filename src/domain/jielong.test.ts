import { parseLaunch } from './entry-codec'
import { countdown, entryDelivery, jielongShareCard, jielongStatus, maskName, sheetText, sumLines } from './jielong'

describe('接龙 rules', () => {
  it('masks a name to its first character and two stars, whole code points only', () => {
    expect(maskName('张三')).toBe('张**')
    expect(maskName('  欧阳娜娜 ')).toBe('欧**')
    expect(maskName('😀小明')).toBe('😀**')
    expect(maskName('')).toBe('微**')
  })

  it('is closed after its end time or once closed', () => {
    const now = new Date('2026-12-07T12:00:00Z')
    expect(jielongStatus({ endAt: '2026-12-07T12:00:01Z', closedAt: null }, now)).toBe('open')
    expect(jielongStatus({ endAt: '2026-12-07T12:00:00Z', closedAt: null }, now)).toBe('closed')
    expect(jielongStatus({ endAt: '2026-12-08T12:00:00Z', closedAt: '2026-12-07T11:00:00Z' }, now)).toBe('closed')
  })

  it('chooses delivery from what the 接龙 offers', () => {
    expect(entryDelivery('pickup', { pickupPointId: 'p1', hasAddress: false })).toEqual({ ok: true, method: 'pickup' })
    expect(entryDelivery('pickup', { hasAddress: true })).toMatchObject({ ok: false })
    expect(entryDelivery('express', { pickupPointId: 'p1', hasAddress: true })).toMatchObject({ ok: false })
    expect(entryDelivery('both', { hasAddress: true })).toEqual({ ok: true, method: 'express' })
    expect(entryDelivery('both', { hasAddress: false })).toMatchObject({ ok: false, message: '快递需要填写收货地址' })
  })

  it('counts down in days, hours, minutes and seconds, and stops at the end', () => {
    const now = new Date('2026-12-07T12:00:00Z')
    expect(countdown('2026-12-09T15:04:05Z', now)).toBe('2天 03:04:05')
    expect(countdown('2026-12-07T12:00:09Z', now)).toBe('00:00:09')
    expect(countdown('2026-12-07T12:00:00Z', now)).toBeNull()
  })

  it('adds lines up by SKU in first-seen order', () => {
    expect(sumLines([{ skuId: 'b', title: 'B', quantity: 1 }, { skuId: 'a', title: 'A', quantity: 2 }, { skuId: 'b', title: 'B', quantity: 3 }])).toEqual([
      { skuId: 'b', title: 'B', quantity: 4 },
      { skuId: 'a', title: 'A', quantity: 2 },
    ])
  })

  it('shares a card whose path is attributed to source jielong, with the price and the number joined', () => {
    const card = jielongShareCard({ id: 'j1', storeId: 's1', title: '周末团', participants: 3, items: [{ price: 1290 }, { price: 990 }] as never }, 'u1')
    expect(card.title).toBe('【接龙】周末团 · ¥9.90起 · 已有3人参加')
    expect(card.query).toEqual({ id: 'j1', storeId: 's1', src: 'jielong', sharer: 'u1' })
    // Opened from a chat (scene 1007), the card's query credits the visit to jielong.
    expect(parseLaunch({ scene: 1007, path: 'packages/jielong/pages/detail/index', query: card.query })).toMatchObject({ source: 'jielong', storeId: 's1', sharer: 'u1' })
  })

  it('writes the sheet as text, one pickup point after another', () => {
    const text = sheetText({
      jielongId: 'j1',
      title: '周末团',
      totals: [{ skuId: 'a', title: '杯子', quantity: 3 }],
      byPickupPoint: [
        { pickupPointId: 'p1', name: '东门', address: '小区东门', totals: [{ skuId: 'a', title: '杯子', quantity: 3 }], entries: [{ no: 1, buyerName: '张三', telNumber: '13800000000', lines: [{ skuId: 'a', title: '杯子', quantity: 3 }], orderId: 'o1', status: 'paid', address: '' }] },
      ],
    })
    expect(text.split('\n')).toEqual(['周末团 备货单', '合计：杯子 ×3', '', '【东门】小区东门 杯子 ×3', '1. 张三 13800000000 杯子 ×3'])
  })
})
