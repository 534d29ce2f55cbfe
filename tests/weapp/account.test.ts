// The account pages as WeChat runs them (dist/, miniprogram-simulate): the 我的 page with the
// chooseAvatar button and nickname input, WeChat's privacy prompt answered by our consent
// sheet, and the address form's region picker. Run after `npm run build:weapp`.
import { loadWeappPage, type LoadedPage } from './simulate-env'

/** Taro's page data: the rendered tree with every component's props (open-type, type, value…). */
const treeOf = (page: LoadedPage) => JSON.stringify(page.comp.instance.data)

async function waitForTree(page: LoadedPage, ok: (tree: string) => boolean): Promise<string> {
  const end = Date.now() + 3000
  while (!ok(treeOf(page))) {
    if (Date.now() > end) throw new Error(`timed out; tree was ${treeOf(page).slice(0, 500)}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return treeOf(page)
}

interface Call {
  name: string
  data: { action: string; data: Record<string, unknown> }
}

/** wx.cloud as WeChat gives it: auth answers, order is not deployed yet (FUNCTION_NOT_FOUND). */
function fakeCloud(calls: Call[]) {
  return {
    init: () => undefined,
    callFunction: async (call: Call) => {
      calls.push(call)
      if (call.name === 'auth' && call.data.action === 'me') {
        return { result: { ok: true, data: { openid: 'o-shopper', nickname: '阿花', avatarUrl: '', stores: [] } } }
      }
      if (call.name === 'address' && call.data.action === 'list') return { result: { ok: true, data: { items: [] } } }
      throw { errCode: -501000, errMsg: 'cloud.callFunction:fail FunctionName parameter could not be found' }
    },
  }
}

describe('the 我的 page on weapp', () => {
  it('shows the profile from auth.me with WeChat’s avatar button and nickname input, and no identity picker', async () => {
    const calls: Call[] = []
    const page = await loadWeappPage('pages/me/index', { wx: { cloud: fakeCloud(calls) } })
    const html = await page.waitFor((h) => h.includes('开店'))
    expect(page.errors).toEqual([])
    expect(html).not.toContain('本地身份')
    const tree = await waitForTree(page, (t) => t.includes('阿花'))
    expect(tree).toContain('"chooseAvatar"')
    expect(tree).toMatch(/"nickname","[^"]*":"阿花"/)
    // callFunction carries no token: WeChat identifies the caller.
    const me = calls.find((c) => c.name === 'auth')!
    expect(me.data).toEqual({ action: 'me', data: {} })
    // The order counts asked order.list per status and tolerated its absence.
    expect(calls.filter((c) => c.name === 'order').map((c) => c.data.data.status).sort()).toEqual(
      ['paid', 'pending_payment', 'refund_requested', 'shipped'],
    )
  })

  it('answers WeChat’s privacy prompt with our sheet: shown (exposure), then declined', async () => {
    let listener: ((resolve: (answer: unknown) => void, info: { referrer: string }) => void) | undefined
    const page = await loadWeappPage('pages/me/index', {
      wx: {
        cloud: fakeCloud([]),
        onNeedPrivacyAuthorization: (fn: typeof listener) => {
          listener = fn
        },
        getPrivacySetting: () => undefined,
      },
    })
    await page.waitFor((h) => h.includes('开店'))
    expect(listener).toBeDefined()
    const answers: unknown[] = []
    listener!((answer) => answers.push(answer), { referrer: 'chooseAvatar' })
    await page.waitFor((h) => h.includes('隐私保护提示'))
    expect(treeOf(page)).toContain('"agreePrivacyAuthorization"')
    expect(treeOf(page)).toContain('"privacy-agree"')
    expect(answers).toEqual([{ event: 'exposureAuthorization' }])

    // j-component's dispatchEvent is missing from the SimComponent slice simulate-env declares.
    const disagree = page.comp.querySelector('.privacy-sheet__disagree') as unknown as { dispatchEvent(name: string): void }
    disagree.dispatchEvent('tap')
    await page.waitFor((h) => !h.includes('隐私保护提示'))
    expect(answers).toEqual([{ event: 'exposureAuthorization' }, { event: 'disagree' }])
  })
})

describe('the nickname on weapp', () => {
  it('is saved from the form submit (WeChat’s checked value), not from the input’s blur', async () => {
    const calls: Call[] = []
    const page = await loadWeappPage('pages/me/index', { wx: { cloud: fakeCloud(calls) } })
    const tree = await waitForTree(page, (t) => t.includes('阿花'))
    expect(tree).toContain('"submit"') // 保存 is the form's submit button (form-type="submit")
    // j-component's dispatchEvent is missing from the SimComponent slice simulate-env declares.
    const at = (selector: string) => page.comp.querySelector(selector) as unknown as { dispatchEvent(name: string, init?: { detail: unknown }): void }

    // Blur carries text WeChat has not checked yet (it clears the input if the check fails).
    at('.profile-card__nickname').dispatchEvent('blur', { detail: { value: '未审核的昵称' } })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(calls.filter((c) => c.data.action === 'updateProfile')).toEqual([])

    at('.profile-card__text').dispatchEvent('submit', { detail: { value: { nickname: ' 小店常客 ' } } })
    const end = Date.now() + 3000
    while (!calls.some((c) => c.data.action === 'updateProfile') && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 10))
    expect(calls.filter((c) => c.data.action === 'updateProfile').map((c) => c.data.data)).toEqual([{ nickname: '小店常客' }])
    expect(page.errors).toEqual([])
  })
})

describe('the address form on weapp', () => {
  it('renders with WeChat’s region picker', async () => {
    const page = await loadWeappPage('packages/account/pages/address-edit/index', { wx: { cloud: fakeCloud([]) } })
    const html = await page.waitFor((h) => h.includes('所在地区'))
    expect(page.errors).toEqual([])
    expect(html).toContain('请选择省 / 市 / 区')
    expect(treeOf(page)).toContain('"region"')
  })
})
