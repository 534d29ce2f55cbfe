/** @jest-environment jsdom */
import Taro from '@tarojs/taro'
import { escapeMarkup, setPageTitle } from './page-title.h5'

jest.mock('@tarojs/taro', () => {
  const handlers: Record<string, Array<() => void>> = {}
  return {
    __esModule: true,
    default: {
      setNavigationBarTitle: jest.fn(() => Promise.resolve()),
      eventCenter: {
        on: jest.fn((event: string, handler: () => void) => (handlers[event] ??= []).push(handler)),
        trigger: (event: string) => handlers[event]?.forEach((handler) => handler()),
      },
    },
  }
})

const taro = Taro as unknown as { setNavigationBarTitle: jest.Mock; eventCenter: { trigger(event: string): void } }

const PAYLOADS = [
  `<img src=x onerror=alert(localStorage['xiaodian.session'])>`,
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "' onmouseover='alert(1)",
  'a &amp; b &lt;i&gt;',
]

/** What Taro's H5 navigation bar shows: it assigns the title to innerHTML. */
function asNavigationBar(html: string): HTMLElement {
  const bar = document.createElement('div')
  bar.innerHTML = html
  return bar
}

describe('setPageTitle on H5', () => {
  beforeEach(() => jest.clearAllMocks())

  it.each(PAYLOADS)('hands the bar a title that innerHTML shows literally: %s', (payload) => {
    setPageTitle(payload)
    const [[{ title }]] = taro.setNavigationBarTitle.mock.calls
    const bar = asNavigationBar(title)
    expect(bar.children).toHaveLength(0)
    expect(bar.textContent).toBe(payload)
    expect(document.title).toBe(payload)
  })

  it('leaves ordinary titles as they are', () => {
    setPageTitle('山野小店')
    expect(taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '山野小店' })
    expect(document.title).toBe('山野小店')
  })

  it('puts the raw title back when the router restores the escaped one on showing the page again', () => {
    const payload = '<b>店</b> & 铺'
    setPageTitle(payload)
    document.title = escapeMarkup(payload)
    taro.eventCenter.trigger('__afterTaroRouterChange')
    expect(document.title).toBe(payload)
  })

  it('sets nothing for an empty title (the page keeps its configured one)', () => {
    setPageTitle('')
    expect(taro.setNavigationBarTitle).not.toHaveBeenCalled()
  })
})
