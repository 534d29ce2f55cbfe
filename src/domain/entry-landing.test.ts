import { browserOf, expiryText } from './entry-landing'

describe('browserOf', () => {
  it.each([
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Weibo (iPhone15,2__weibo__13.9.0__iphone__os17.0)', 'weibo'],
    ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/118.0 Mobile Safari/537.36 __weibo__13.9.0__android__android14', 'weibo'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.44(0x18002c2d) NetType/WIFI Language/zh_CN', 'wechat'],
    ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36', 'other'],
    ['', 'other'],
  ])('%s → %s', (ua, kind) => {
    expect(browserOf(ua)).toBe(kind)
  })
})

describe('expiryText', () => {
  const now = new Date('2026-11-25T04:00:00Z')

  it('says how long a link is still valid', () => {
    expect(expiryText('2026-12-02T04:00:00Z', now)).toMatch(/^2026年12月2日 \d\d:00 前有效（还剩 7 天）$/)
    expect(expiryText('2026-11-25T09:30:00Z', now)).toMatch(/还剩 5 小时/)
    expect(expiryText('2026-11-25T04:20:00Z', now)).toMatch(/即将过期/)
  })

  it('says plainly when it has expired', () => {
    expect(expiryText('2026-11-25T04:00:00Z', now)).toMatch(/^已于 2026年11月25日 \d\d:00 过期$/)
  })

  it('copes with no expiry and with nonsense', () => {
    expect(expiryText(null, now)).toBe('长期有效')
    expect(expiryText('not a date', now)).toBe('')
  })
})
