import { summarizeShipResults, type ShipResult } from './batch-ship'

const ok = (orderId: string) => ({ orderId, ok: true, order: {} }) as unknown as ShipResult
const failed = (orderId: string): ShipResult => ({ orderId, ok: false, error: { code: 'ORDER_STATE', message: '买家已申请退款' } })

describe('summarizeShipResults', () => {
  it('counts what shipped and what did not', () => {
    expect(summarizeShipResults([ok('a'), ok('b')])).toBe('2 单已发货')
    expect(summarizeShipResults([ok('a'), failed('b')])).toBe('1 单已发货，1 单未发货')
    expect(summarizeShipResults([failed('b')])).toBe('1 单未发货')
  })
})
