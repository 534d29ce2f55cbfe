import { AppError } from '@/domain/errors'
import { useTransport } from './cloud'
import { createQrCode, isFeatureMissing } from './growth'

jest.mock('./transport.h5', () => ({ transport: jest.fn() }))

describe('isFeatureMissing', () => {
  it('is true for a function or action that does not exist yet', () => {
    expect(isFeatureMissing(new AppError('NOT_FOUND', '云函数不存在：entry'))).toBe(true)
    expect(isFeatureMissing(new AppError('VALIDATION_FAILED', '未知的操作：entry.createQrCode', { action: 'createQrCode' }))).toBe(true)
  })

  it('is false for real failures: a missing store, bad input, no permission, the network', () => {
    expect(isFeatureMissing(new AppError('NOT_FOUND', '店铺不存在'))).toBe(false)
    expect(isFeatureMissing(new AppError('VALIDATION_FAILED', '参数不正确', { issues: [] }))).toBe(false)
    expect(isFeatureMissing(new AppError('FORBIDDEN'))).toBe(false)
    expect(isFeatureMissing(new AppError('NETWORK_FAILED'))).toBe(false)
    expect(isFeatureMissing(new Error('x'))).toBe(false)
  })
})

describe('createQrCode', () => {
  it('answers null while the entry function is not deployed', async () => {
    useTransport(async () => ({ ok: false, error: { code: 'NOT_FOUND', message: '云函数不存在：entry' } }))
    await expect(createQrCode({ storeId: 's1' })).resolves.toBeNull()
  })

  it('answers the code when there is one, and throws real failures', async () => {
    const code = { scene: 's=s1', path: 'pages/home/index', image: 'data:image/png;base64,AA' }
    useTransport(async () => ({ ok: true, data: code }))
    await expect(createQrCode({ storeId: 's1' })).resolves.toEqual(code)
    useTransport(async () => ({ ok: false, error: { code: 'FORBIDDEN', message: '这不是你的店铺' } }))
    await expect(createQrCode({ storeId: 's1' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})
