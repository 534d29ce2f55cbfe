// Privacy on a real phone, checked on the weapp build (dist/): app.json declares every address or
// location API the code calls, every page that can reach a privacy-bound API hosts the consent
// sheet, and on such pages WeChat's prompt is answered by the sheet (agree lets the call go on,
// disagree makes it fail visibly). Run after `npm run build:weapp`.
import fs from 'node:fs'
import path from 'node:path'
import { DIST, assertBuilt, loadWeappPage, type LoadedPage } from './simulate-env'
import { pageSource, privacyCallsReachedFrom } from './privacy-reach'

assertBuilt()
const appJson = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8'))
const allPages: string[] = [
  ...appJson.pages,
  ...appJson.subPackages.flatMap((sp: { root: string; pages: string[] }) => sp.pages.map((p) => `${sp.root}/${p}`)),
]

/** WeChat's list of APIs that must be declared in requiredPrivateInfos (its app.json docs). */
const MUST_DECLARE = ['chooseAddress', 'chooseLocation', 'choosePoi', 'getLocation', 'getFuzzyLocation', 'onLocationChange', 'startLocationUpdate', 'startLocationUpdateBackground']

function jsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? jsFiles(full) : entry.name.endsWith('.js') ? [full] : []
  })
}

describe('dist/app.json requiredPrivateInfos', () => {
  it('lists exactly the address and location APIs the compiled code calls', () => {
    const call = new RegExp(`\\.(${MUST_DECLARE.join('|')})\\(`, 'g')
    const called = new Set(jsFiles(DIST).flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(call)].map((m) => m[1])))
    // The checkout and the address book import from WeChat's address list.
    expect(called).toContain('chooseAddress')
    expect([...(appJson.requiredPrivateInfos ?? [])].sort()).toEqual([...called].sort())
  })
})

describe('the consent host', () => {
  const reaching = allPages.filter((page) => privacyCallsReachedFrom(page).length > 0)

  it('is found on the pages that take photos, addresses, posters and copies (guards the graph walk)', () => {
    expect(reaching).toEqual(
      expect.arrayContaining([
        'pages/me/index',
        'pages/product/index',
        'packages/order/pages/checkout/index',
        'packages/order/pages/review/index',
        'packages/merchant/pages/product-edit/index',
        'packages/merchant/pages/post-edit/index',
        'packages/merchant/pages/store-settings/index',
        'packages/account/pages/addresses/index',
      ]),
    )
  })

  // The page as WeChat runs it: whatever it shows first (loading, empty, an error from a cloud
  // that is not deployed), a privacy prompt gets our sheet, and WeChat hears it was shown.
  it.each(reaching)('%s answers WeChat’s privacy prompt with the sheet', async (pagePath) => {
    const gate = privacyGate()
    const page = await loadWeappPage(pagePath, { wx: { ...gate.wx, cloud: failingCloud } })
    gate.ask('chooseMedia')
    await page.waitFor((h) => h.includes('隐私保护提示'))
    expect(gate.answers).toEqual([{ event: 'exposureAuthorization' }])
  })

  it('wraps every page whose code can reach a privacy-bound API or component', () => {
    const missing = reaching.filter((page) => !/export default withPrivacySheet\(/.test(fs.readFileSync(pageSource(page), 'utf8')))
    expect(missing.map((page) => `${page} (reaches ${privacyCallsReachedFrom(page).join(', ')})`)).toEqual([])
  })
})

const ADDRESS = {
  userName: '王小二',
  telNumber: '13800138000',
  provinceName: '广东省',
  cityName: '广州市',
  countyName: '天河区',
  detailInfo: '体育西路 1 号',
  postalCode: '510000',
  nationalCode: '440106',
}

/**
 * WeChat's privacy gate as the platform behaves: a privacy-bound API waits for the
 * onNeedPrivacyAuthorization listener's answer; agree (with the agree button's id) lets it
 * succeed, disagree fails it with errno 104. Once agreed, calls go straight through.
 */
function privacyGate() {
  type Answer = { event: string; buttonId?: string }
  let listener: ((resolve: (answer: Answer) => void, info: { referrer: string }) => void) | undefined
  let agreed = false
  const answers: Answer[] = []
  const modals: Array<{ title?: string; content?: string }> = []
  // Like WeChat: callbacks when given, otherwise a promise (Taro promisifies only some APIs).
  const held = (api: string, result: Record<string, unknown>) => (options: any = {}) => {
    const callbacks = Boolean(options.success || options.fail || options.complete)
    let settle: (ok: boolean, res: unknown) => void = () => undefined
    const promise = callbacks ? undefined : new Promise((resolve, reject) => (settle = (ok, res) => (ok ? resolve(res) : reject(res))))
    const finish = (ok: boolean) => {
      const res = ok ? { ...result, errMsg: `${api}:ok` } : { errno: 104, errMsg: `${api}:fail privacy permission is not authorized` }
      ;(ok ? options.success : options.fail)?.(res)
      options.complete?.(res)
      settle(ok, res)
    }
    if (agreed) finish(true)
    else if (!listener) throw new Error('no onNeedPrivacyAuthorization listener')
    else {
      listener((answer) => {
        answers.push(answer)
        if (answer.event === 'agree' && answer.buttonId) {
          agreed = true
          finish(true)
        } else if (answer.event === 'disagree') finish(false)
      }, { referrer: api })
    }
    return promise
  }
  const wx = {
    onNeedPrivacyAuthorization: (fn: typeof listener) => {
      listener = fn
    },
    getPrivacySetting: (options: any) => options.success?.({ needAuthorization: !agreed, privacyContractName: '《小店隐私保护指引》' }),
    chooseAddress: held('chooseAddress', ADDRESS),
    chooseMedia: held('chooseMedia', { type: 'image', tempFiles: [{ tempFilePath: 'wxfile://tmp/photo.jpg', size: 1000, fileType: 'image' }] }),
    showModal: (options: any) => {
      modals.push(options)
      options.success?.({ confirm: true, cancel: false })
    },
  }
  /** A privacy-bound call as WeChat starts it, e.g. a component's tap. */
  const ask = (api: string) => void (wx as Record<string, any>)[api]({ success: () => undefined, fail: () => undefined })
  return { wx, answers, modals, ask }
}

/** j-component's dispatchEvent is missing from the SimComponent slice simulate-env declares. */
function tap(page: LoadedPage, selector: string, event = 'tap', detail: Record<string, unknown> = {}) {
  const node = page.comp.querySelector(selector) as unknown as { dispatchEvent(name: string, init?: { detail: unknown }): void } | undefined
  if (!node) throw new Error(`${selector} not found in ${page.comp.dom.innerHTML.slice(0, 300)}`)
  node.dispatchEvent(event, { detail })
}

async function until(ok: () => boolean, what: string) {
  const end = Date.now() + 3000
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

const failingCloud = {
  init: () => undefined,
  callFunction: async () => {
    throw { errCode: -501000, errMsg: 'cloud.callFunction:fail FunctionName parameter could not be found' }
  },
}

describe('WeChat’s privacy prompt on pages beyond 我的', () => {
  it('product editor: adding a photo asks with our sheet; 不同意 fails the call and says why', async () => {
    const gate = privacyGate()
    const page = await loadWeappPage('packages/merchant/pages/product-edit/index', { query: { storeId: 's-1' }, wx: { ...gate.wx, cloud: failingCloud } })
    await page.waitFor((h) => h.includes('image-picker__add'))
    tap(page, '.image-picker__add')
    await page.waitFor((h) => h.includes('隐私保护提示'))
    expect(gate.answers).toEqual([{ event: 'exposureAuthorization' }])

    tap(page, '.privacy-sheet__disagree')
    await page.waitFor((h) => !h.includes('隐私保护提示'))
    expect(gate.answers).toEqual([{ event: 'exposureAuthorization' }, { event: 'disagree' }])
    await until(() => gate.modals.length > 0, 'the refusal modal')
    expect(gate.modals[0].content).toBe('需要同意隐私保护指引才能使用该功能')
    expect(page.errors).toEqual([])
  })

  it('checkout: choosing the address asks with our sheet; 同意并继续 lets chooseAddress go on', async () => {
    const gate = privacyGate()
    const draft = {
      source: 'buy_now',
      storeId: 's-1',
      storeName: '小花的店',
      lines: [{ skuId: 'k-1', productId: 'p-1', title: '手工皂', image: '', specs: {}, price: 1200, quantity: 1 }],
      idempotencyKey: 'ck-test-0000000000000000',
    }
    // The draft is kept per identity (src/store/personal-storage.ts): this device's is shopper-t.
    const stored: Record<string, string> = {
      'xiaodian.session': JSON.stringify({ state: { devOpenid: 'shopper-t', token: null, expiresAt: null }, version: 2 }),
      'xiaodian.checkout@shopper-t': JSON.stringify({ state: { draft, lastAddress: null }, version: 1 }),
    }
    const page = await loadWeappPage('packages/order/pages/checkout/index', {
      wx: {
        ...gate.wx,
        cloud: failingCloud,
        getStorageSync: (key: string) => stored[key] ?? '',
        setStorageSync: (key: string, value: string) => {
          stored[key] = value
        },
      },
    })
    await page.waitFor((h) => h.includes('选择收货地址'))
    tap(page, '.address-pick')
    await page.waitFor((h) => h.includes('隐私保护提示'))

    tap(page, '.privacy-sheet__agree', 'agreeprivacyauthorization')
    await page.waitFor((h) => h.includes('王小二'))
    expect(gate.answers).toEqual([{ event: 'exposureAuthorization' }, { event: 'agree', buttonId: 'privacy-agree' }])
    expect(page.comp.dom.innerHTML).not.toContain('隐私保护提示')
    expect(gate.modals).toEqual([])
  })
})
