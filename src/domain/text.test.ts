import { z } from 'zod'
import { normalizeNickname } from './account'
import { dropInvisible, hasForbiddenCharacters } from './text'
import { multilineText, text, textSchemaInfo } from './text-schema'
import { parseWith } from './validation'

describe('hasForbiddenCharacters', () => {
  it.each(['\u0000', 'a\u0001', '\u001b[0m', '\u001f', '\u007f', '\u0085', '\u009f', 'a\nb', 'a\tb', 'a\rb', '\ud800', 'a\udfff', 'ab\ud83d'])(
    'refuses %j on one line',
    (value) => {
      expect(hasForbiddenCharacters(value)).toBe(true)
    },
  )

  it('lets line breaks and tabs through only where the field is multi-line', () => {
    expect(hasForbiddenCharacters('第一行\n第二行\r\n\t缩进', true)).toBe(false)
    expect(hasForbiddenCharacters('a\u0000\n', true)).toBe(true)
    expect(hasForbiddenCharacters('a\ud800\n', true)).toBe(true)
  })

  it.each(['小店', 'ootd', '👨‍👩‍👧‍👦', '𠮷野家', '#话题 2024', 'Ａ'])('accepts %j', (value) => {
    expect(hasForbiddenCharacters(value)).toBe(false)
  })
})

describe('dropInvisible', () => {
  it('drops zero-width and bidi-control characters and keeps the rest', () => {
    const invisible = '\u200b\u200c\u200d\u2060\ufeff\u180e\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c'
    expect(dropInvisible(`小${invisible}店 shop`)).toBe('小店 shop')
  })
})

describe('text() and multilineText()', () => {
  const parse = (schema: z.ZodTypeAny, value: unknown) => parseWith(schema, value)

  it('refuses control characters and lone surrogates with a field message', () => {
    const schema = z.object({ name: text({ label: '店铺名称', max: 20 }) })
    for (const bad of ['a\u0000b', 'a\ud800', '\u001b', 'a\nb']) {
      expect(parse(schema, { name: bad })).toEqual({ ok: false, issues: [{ path: 'name', message: '店铺名称包含无法识别的字符' }] })
    }
  })

  it('lets a multi-line field keep its line breaks, but not NUL', () => {
    expect(parse(multilineText({ max: 50 }), '第一行\n第二行\t好')).toEqual({ ok: true, value: '第一行\n第二行\t好' })
    expect(parse(multilineText({ max: 50 }), '第一行\u0000').ok).toBe(false)
  })

  it('counts characters as a person does, after trimming when asked', () => {
    const schema = text({ label: '标题', max: 3, min: 1, trim: true })
    expect(parse(schema, '  𠮷野家  ')).toEqual({ ok: true, value: '𠮷野家' })
    expect(parse(schema, '小店铺子')).toEqual({ ok: false, issues: [{ path: '', message: '标题最多 3 个字' }] })
    expect(parse(schema, '   ')).toEqual({ ok: false, issues: [{ path: '', message: '请填写标题' }] })
    expect(parse(text({ max: 3 }), ' a ')).toEqual({ ok: true, value: ' a ' })
  })

  it('drops invisible characters from names before counting', () => {
    expect(parse(text({ max: 4, name: true }), '小\u200d店\u202e')).toEqual({ ok: true, value: '小店' })
    expect(parse(text({ max: 4 }), '小\u200d店')).toEqual({ ok: true, value: '小\u200d店' })
  })

  it('refuses what is not a string', () => {
    expect(parse(text({ max: 4 }), 42).ok).toBe(false)
  })

  it('is recognisable, so a test can prove every wire string is built with it', () => {
    expect(textSchemaInfo(text({ max: 5 }))).toEqual({ max: 5, min: 0, trim: false, name: false, multiline: false })
    expect(textSchemaInfo(multilineText({ max: 5, min: 1 }))).toMatchObject({ multiline: true, min: 1 })
    expect(textSchemaInfo(z.string())).toBeUndefined()
  })
})

describe('normalizeNickname drops invisible characters too', () => {
  it('makes a nickname with a zero-width joiner or a bidi override the plain one', () => {
    expect(normalizeNickname('小\u200d明')).toBe('小明')
    expect(normalizeNickname('\u202e小明')).toBe('小明')
    expect(normalizeNickname('\u200b\u200b')).toBeNull()
    expect(normalizeNickname('小明\ud800')).toBeNull()
  })
})
