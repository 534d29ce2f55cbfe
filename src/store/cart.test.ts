import { CART_VERSION, MAX_LINE_QUANTITY, addLine, cartCount, migrateCart, useCart, type CartLine, type NewCartLine } from './cart'
import { personalKey } from './personal-storage'
import { useSession } from './session'
import { taroStorage } from './taro-storage'

// The WeChat storage boundary: the real one needs @tarojs/taro, so an in-memory twin stands in.
jest.mock('./taro-storage', () => {
  const items = new Map<string, string>()
  return {
    taroStorage: {
      getItem: (name: string) => items.get(name) ?? null,
      setItem: (name: string, value: string) => {
        items.set(name, value)
      },
      removeItem: (name: string) => {
        items.delete(name)
      },
    },
  }
})

type NewLine = NewCartLine

function line(skuId: string, quantity = 1, price = 1290): NewLine {
  return { skuId, productId: `p-${skuId}`, storeId: 's1', title: `商品 ${skuId}`, image: '/files/x.svg', specs: { 尺码: 'M' }, price, quantity }
}

/** A line as the cart holds it after adding `line`. */
function held(l: NewLine, extra: Partial<CartLine> = {}): CartLine {
  return { storeName: '', stock: null, ...l, selected: true, status: 'ok', ...extra }
}

function stored(): { state: Record<string, unknown>; version: number } {
  const raw = taroStorage.getItem(personalKey('xiaodian.cart', useSession.getState().devOpenid))
  if (typeof raw !== 'string') throw new Error('nothing stored under xiaodian.cart')
  return JSON.parse(raw)
}

describe('addLine', () => {
  it('adds a new SKU as a selected line', () => {
    expect(addLine([], line('k1', 2))).toEqual([held(line('k1', 2))])
  })

  it('merges the same SKU into one line, adding the quantities', () => {
    const lines = addLine(addLine([], line('k1', 2)), line('k1', 3))
    expect(lines).toHaveLength(1)
    expect(lines[0].quantity).toBe(5)
  })

  it('keeps other SKUs as separate lines in the order they were added', () => {
    const lines = addLine(addLine(addLine([], line('k1')), line('k2')), line('k1'))
    expect(lines.map((l) => [l.skuId, l.quantity])).toEqual([
      ['k1', 2],
      ['k2', 1],
    ])
  })

  it('takes the latest title and price of the SKU and selects it again', () => {
    const first = addLine([], line('k1', 1, 1290)).map((l) => ({ ...l, selected: false }))
    const [merged] = addLine(first, { ...line('k1', 1, 990), title: '新标题' })
    expect(merged).toMatchObject({ price: 990, title: '新标题', quantity: 2, selected: true })
  })

  it(`caps a merged line at MAX_LINE_QUANTITY (${MAX_LINE_QUANTITY})`, () => {
    expect(MAX_LINE_QUANTITY).toBe(99)
    const [merged] = addLine(addLine([], line('k1', 98)), line('k1', 5))
    expect(merged.quantity).toBe(99)
  })

  it('caps a new line too, and keeps at least 1 of a whole number', () => {
    expect(addLine([], line('k1', 150))[0].quantity).toBe(99)
    expect(addLine([], line('k1', 0))[0].quantity).toBe(1)
    expect(addLine([], line('k1', 2.7))[0].quantity).toBe(2)
  })

  it('does not change the lines it was given', () => {
    const lines = addLine([], line('k1', 1))
    const copy = JSON.parse(JSON.stringify(lines))
    addLine(lines, line('k1', 4))
    addLine(lines, line('k2', 1))
    expect(lines).toEqual(copy)
  })
})

describe('cartCount', () => {
  it('adds up the quantities of all lines', () => {
    expect(cartCount([])).toBe(0)
    const lines = addLine(addLine(addLine([], line('k1', 2)), line('k2', 3)), line('k1', 1))
    expect(cartCount(lines)).toBe(6)
  })
})

describe('useCart store', () => {
  beforeEach(() => {
    useCart.getState().clear()
  })

  it('adds and merges lines', () => {
    useCart.getState().add(line('k1', 1))
    useCart.getState().add(line('k2', 2))
    useCart.getState().add(line('k1', 1))
    expect(useCart.getState().lines.map((l) => [l.skuId, l.quantity, l.selected])).toEqual([
      ['k1', 2, true],
      ['k2', 2, true],
    ])
  })

  it('sets a quantity within 1 and MAX_LINE_QUANTITY, touching only that line', () => {
    useCart.getState().add(line('k1', 1))
    useCart.getState().add(line('k2', 1))
    useCart.getState().setQuantity('k1', 7)
    expect(useCart.getState().lines.map((l) => l.quantity)).toEqual([7, 1])
    useCart.getState().setQuantity('k1', 0)
    expect(useCart.getState().lines[0].quantity).toBe(1)
    useCart.getState().setQuantity('k1', 500)
    expect(useCart.getState().lines[0].quantity).toBe(99)
  })

  it('removes a line', () => {
    useCart.getState().add(line('k1'))
    useCart.getState().add(line('k2'))
    useCart.getState().remove('k1')
    expect(useCart.getState().lines.map((l) => l.skuId)).toEqual(['k2'])
  })

  it('toggles whether a line is selected', () => {
    useCart.getState().add(line('k1'))
    useCart.getState().add(line('k2'))
    useCart.getState().toggle('k1')
    expect(useCart.getState().lines.map((l) => l.selected)).toEqual([false, true])
    useCart.getState().toggle('k1')
    expect(useCart.getState().lines.map((l) => l.selected)).toEqual([true, true])
  })

  it('clears all lines', () => {
    useCart.getState().add(line('k1'))
    useCart.getState().clear()
    expect(useCart.getState().lines).toEqual([])
  })
})

// A device where shopper-a was the last identity picked.
const SESSION_OF_A = JSON.stringify({ state: { devOpenid: 'shopper-a', token: null, expiresAt: null }, version: 2 })
const CART_OF_A = personalKey('xiaodian.cart', 'shopper-a')

describe('useCart persistence on the device', () => {
  beforeEach(() => {
    useCart.getState().clear()
  })

  it(`stores the lines under "xiaodian.cart" of the identity with version ${CART_VERSION}`, () => {
    useCart.getState().add(line('k1', 2))
    useCart.getState().toggle('k1')
    const saved = stored()
    expect(saved.version).toBe(2)
    expect(saved.state).toEqual({ lines: [held(line('k1', 2), { selected: false })] })
  })

  it('stores only the lines, not the actions', () => {
    useCart.getState().add(line('k1'))
    expect(Object.keys(stored().state)).toEqual(['lines'])
  })

  it('stores every change, including removal', () => {
    useCart.getState().add(line('k1'))
    useCart.getState().add(line('k2'))
    useCart.getState().remove('k1')
    expect((stored().state.lines as CartLine[]).map((l) => l.skuId)).toEqual(['k2'])
  })

  it('restores the lines saved by an earlier launch', () => {
    jest.isolateModules(() => {
      // A fresh copy of both modules: the storage starts empty, the store reads it on creation.
      const { taroStorage: freshStorage } = require('./taro-storage') as typeof import('./taro-storage')
      freshStorage.setItem('xiaodian.session', SESSION_OF_A)
      const saved = { state: { lines: [held(line('k9', 4), { selected: false, storeName: '山野小店', stock: 3 })] }, version: 2 }
      freshStorage.setItem(CART_OF_A, JSON.stringify(saved))
      const { useCart: freshCart } = require('./cart') as typeof import('./cart')
      expect(freshCart.getState().lines).toEqual(saved.state.lines)
    })
  })

  it('migrates a version 1 cart: lines kept, buyable until the next refresh says otherwise', () => {
    jest.isolateModules(() => {
      const { taroStorage: freshStorage } = require('./taro-storage') as typeof import('./taro-storage')
      freshStorage.setItem('xiaodian.session', SESSION_OF_A)
      const v1 = { state: { lines: [{ ...line('k9', 4), selected: false }, { junk: true }] }, version: 1 }
      freshStorage.setItem(CART_OF_A, JSON.stringify(v1))
      const { useCart: freshCart } = require('./cart') as typeof import('./cart')
      expect(freshCart.getState().lines).toEqual([held(line('k9', 4), { selected: false })])
      expect(JSON.parse(freshStorage.getItem(CART_OF_A) as string).version).toBe(2)
    })
  })

  it('migrateCart tolerates anything stored', () => {
    expect(migrateCart(null, 0)).toEqual({ lines: [] })
    expect(migrateCart({ lines: 'x' }, 1)).toEqual({ lines: [] })
  })
})
