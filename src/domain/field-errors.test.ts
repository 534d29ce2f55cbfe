import { AppError } from './errors'
import { clearFieldErrors, fieldErrorsOf, hasFieldErrors } from './field-errors'

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

describe('clearFieldErrors', () => {
  const errors = { title: 'a', 'skus.0.price': 'b', 'skus.1.stock': 'c', specs: 'd', 'specs.0.name': 'e' }
  it('drops the errors of the edited fields and their parts', () => {
    expect(clearFieldErrors(errors, ['skus'])).toEqual({ title: 'a', specs: 'd', 'specs.0.name': 'e' })
    expect(clearFieldErrors(errors, ['specs', 'title'])).toEqual({ 'skus.0.price': 'b', 'skus.1.stock': 'c' })
  })
  it('does not mistake a field for another that starts the same', () => {
    expect(clearFieldErrors({ skusExtra: 'x' }, ['skus'])).toEqual({ skusExtra: 'x' })
  })
  it('returns the same object when nothing was cleared', () => {
    expect(clearFieldErrors(errors, ['description'])).toBe(errors)
  })
})
