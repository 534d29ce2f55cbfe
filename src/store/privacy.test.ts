// The consent store as pages use it: a privacy-bound action waits on the sheet's answer.
jest.mock('@/services/privacy-platform.h5', () => ({
  watchPlatformPrivacy: () => undefined,
  readPlatformPrivacySetting: () => undefined,
  askPlatformConsent: (askOurselves: () => Promise<boolean>) => askOurselves(),
}))

const mockStorage = new Map<string, string>()
jest.mock('./taro-storage', () => ({
  taroStorage: {
    getItem: (name: string) => mockStorage.get(name) ?? null,
    setItem: (name: string, value: string) => void mockStorage.set(name, value),
    removeItem: (name: string) => void mockStorage.delete(name),
  },
}))

type Privacy = typeof import('./privacy')

function load(): Privacy {
  let privacy: Privacy | undefined
  jest.isolateModules(() => {
    privacy = require('./privacy')
  })
  return privacy!
}

/** Settles within the test or reports that it is still waiting. */
function state(promise: Promise<boolean>): Promise<boolean | 'waiting'> {
  return Promise.race([promise, new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), 10))])
}

beforeEach(() => mockStorage.clear())

it('holds the action until the shopper agrees, then lets it and later ones through at once', async () => {
  const { usePrivacy, ensurePrivacyConsent } = load()
  usePrivacy.getState().mountSheet()
  const first = ensurePrivacyConsent()
  expect(await state(first)).toBe('waiting')
  expect(usePrivacy.getState().consent.pending).toHaveLength(1)
  usePrivacy.getState().agree()
  expect(await first).toBe(true)
  expect(await ensurePrivacyConsent()).toBe(true)
  expect(JSON.parse(mockStorage.get('xiaodian.privacy')!).state.consent.status).toBe('agreed')
})

it('fails the action when the shopper declines, asks again at the next tap, and remembers across restarts', async () => {
  const first = load()
  first.usePrivacy.getState().mountSheet()
  const declined = first.ensurePrivacyConsent()
  first.usePrivacy.getState().disagree()
  expect(await declined).toBe(false)

  const again = load()
  again.usePrivacy.getState().mountSheet()
  expect(again.usePrivacy.getState().consent.status).toBe('declined')
  // Not a tap: no sheet, no nagging.
  expect(await again.requestPrivacyConsent({ tapped: false })).toBe(false)
  expect(again.usePrivacy.getState().consent.pending).toEqual([])
  // A tap asks again.
  const tapped = again.ensurePrivacyConsent()
  expect(await state(tapped)).toBe('waiting')
  again.usePrivacy.getState().agree()
  expect(await tapped).toBe(true)
})

it('fails at once when no page shows the sheet', async () => {
  const { usePrivacy, ensurePrivacyConsent } = load()
  expect(await ensurePrivacyConsent()).toBe(false)
  expect(usePrivacy.getState().consent.status).toBe('unknown')
  const unmount = usePrivacy.getState().mountSheet()
  unmount()
  expect(await ensurePrivacyConsent()).toBe(false)
})
