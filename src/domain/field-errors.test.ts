import { AppError } from './errors'
import { fieldErrorsOf, hasFieldErrors } from './field-errors'

describe('fieldErrorsOf', () => {
  const error = new AppError('VALIDATION_FAILED', '参数不正确', {
    issues: [
      { path: 'title', message: '至少 1 个字' },
      { path: 'skus.1.price', message: '不能小于 1' },
      { path: 'title', message: '第二条不覆盖第一条' },
      { path: 'hashtags', message: '话题最多 5 个，当前 6 个' },
    ],
  })

  it('keys the messages by path, first message winning', () => {
    expect(fieldErrorsOf(error)).toEqual({
      title: '至少 1 个字',
      'skus.1.price': '不能小于 1',
      hashtags: '话题最多 5 个，当前 6 个',
    })
  })

  it('maps paths to the form’s fields and drops what the form does not show', () => {
    const fields = fieldErrorsOf(error, (path) => (path.startsWith('skus.') ? 'specs' : path === 'hashtags' ? null : path))
    expect(fields).toEqual({ title: '至少 1 个字', specs: '不能小于 1' })
  })

  it('is empty for errors without issues and for malformed details', () => {
    expect(fieldErrorsOf(new AppError('FORBIDDEN'))).toEqual({})
    expect(fieldErrorsOf(new AppError('VALIDATION_FAILED', 'x', { issues: 'nope' }))).toEqual({})
    expect(fieldErrorsOf(new AppError('VALIDATION_FAILED', 'x', { issues: [{ path: 1, message: 'x' }, null] }))).toEqual({})
    expect(fieldErrorsOf(null)).toEqual({})
    expect(hasFieldErrors({})).toBe(false)
    expect(hasFieldErrors({ title: 'x' })).toBe(true)
  })
})
