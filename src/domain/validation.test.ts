import { z } from 'zod'
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './envelope'
import { cursorSchema, describeIssues, idSchema, limitSchema, parseWith } from './validation'

describe('idSchema: short opaque strings', () => {
  it.each(['p1', 'abc_DEF-123', 'a', 'x'.repeat(64)])('accepts %p', (id) => {
    expect(idSchema.safeParse(id).success).toBe(true)
  })

  it.each(['', 'x'.repeat(65), 'a b', 'a/b', 'a.b', '商品', '../etc', "1' OR '1'='1", 42, null, undefined])(
    'refuses %p',
    (id) => {
      expect(idSchema.safeParse(id).success).toBe(false)
    },
  )
})

describe('limitSchema: page size', () => {
  it('defaults to DEFAULT_PAGE_SIZE', () => {
    expect(limitSchema.parse(undefined)).toBe(DEFAULT_PAGE_SIZE)
    expect(DEFAULT_PAGE_SIZE).toBe(20)
  })

  it('accepts 1 up to MAX_PAGE_SIZE', () => {
    expect(limitSchema.parse(1)).toBe(1)
    expect(limitSchema.parse(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE)
  })

  it.each([0, -1, MAX_PAGE_SIZE + 1, 1000, 2.5, '10', null])('refuses %p', (limit) => {
    expect(limitSchema.safeParse(limit).success).toBe(false)
  })
})

describe('cursorSchema', () => {
  it('accepts none, null, or up to 64 characters', () => {
    expect(cursorSchema.safeParse(undefined).success).toBe(true)
    expect(cursorSchema.safeParse(null).success).toBe(true)
    expect(cursorSchema.safeParse('c'.repeat(64)).success).toBe(true)
  })

  it('refuses longer cursors and non-strings', () => {
    expect(cursorSchema.safeParse('c'.repeat(65)).success).toBe(false)
    expect(cursorSchema.safeParse(3).success).toBe(false)
  })
})

describe('parseWith: Chinese messages with field paths', () => {
  const listSchema = z.object({ storeId: idSchema, limit: limitSchema, cursor: cursorSchema })

  it('returns the parsed value, defaults included', () => {
    expect(parseWith(listSchema, { storeId: 's1' })).toEqual({ ok: true, value: { storeId: 's1', limit: 20 } })
  })

  it('says 必填 for a missing field, naming it', () => {
    expect(parseWith(listSchema, {})).toEqual({ ok: false, issues: [{ path: 'storeId', message: '必填' }] })
  })

  it('names the expected type for a wrong type', () => {
    expect(parseWith(listSchema, { storeId: 's1', limit: '10' })).toEqual({
      ok: false,
      issues: [{ path: 'limit', message: '类型不正确，应为 number' }],
    })
  })

  it('gives the bounds of numbers', () => {
    expect(parseWith(listSchema, { storeId: 's1', limit: 0 })).toEqual({
      ok: false,
      issues: [{ path: 'limit', message: '不能小于 1' }],
    })
    expect(parseWith(listSchema, { storeId: 's1', limit: 51 })).toEqual({
      ok: false,
      issues: [{ path: 'limit', message: '不能大于 50' }],
    })
  })

  it('counts string bounds in characters', () => {
    const schema = z.object({ name: z.string().min(2).max(4) })
    expect(parseWith(schema, { name: '店' })).toEqual({ ok: false, issues: [{ path: 'name', message: '至少 2 个字' }] })
    expect(parseWith(schema, { name: '我的小店铺' })).toEqual({
      ok: false,
      issues: [{ path: 'name', message: '最多 4 个字' }],
    })
  })

  it('keeps a schema’s own message', () => {
    expect(parseWith(listSchema, { storeId: 'a b' })).toEqual({
      ok: false,
      issues: [{ path: 'storeId', message: 'id 格式不正确' }],
    })
  })

  it('lists the allowed values of an enum', () => {
    const schema = z.object({ delivery: z.enum(['express', 'pickup']) })
    expect(parseWith(schema, { delivery: 'drone' })).toEqual({
      ok: false,
      issues: [{ path: 'delivery', message: '取值应为 express / pickup' }],
    })
  })

  it('names unsupported fields of a strict object', () => {
    const schema = z.object({ orderId: idSchema }).strict()
    expect(parseWith(schema, { orderId: 'o1', a: 1, b: 2 })).toEqual({
      ok: false,
      issues: [{ path: '', message: '不支持的字段：a、b' }],
    })
  })

  it('joins nested paths with dots', () => {
    const schema = z.object({ items: z.array(z.object({ skuId: idSchema, quantity: z.number().int().min(1) })) })
    expect(parseWith(schema, { items: [{ skuId: 'k1', quantity: 1 }, { skuId: 'k2', quantity: 0 }] })).toEqual({
      ok: false,
      issues: [{ path: 'items.1.quantity', message: '不能小于 1' }],
    })
  })

  it('reports every failing field', () => {
    const result = parseWith(listSchema, { limit: 99 })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues.map((issue) => issue.path).sort()).toEqual(['limit', 'storeId'])
  })

  it('reports at most 20 issues', () => {
    const result = parseWith(z.array(z.number()), Array.from({ length: 30 }, () => 'x'))
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.issues).toHaveLength(20)
      expect(result.issues[0]).toEqual({ path: '0', message: '类型不正确，应为 number' })
    }
  })

  it('does not change zod’s messages outside parseWith', () => {
    const result = idSchema.min(5).safeParse(undefined)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.error.issues[0].message).not.toBe('必填')
  })
})

describe('describeIssues: one line for a person', () => {
  it('has a general text when there is no issue', () => {
    expect(describeIssues([])).toBe('参数不正确')
  })

  it('names the field of the first issue', () => {
    expect(
      describeIssues([
        { path: 'storeId', message: '必填' },
        { path: 'limit', message: '不能大于 50' },
      ]),
    ).toBe('参数不正确：storeId 必填')
  })

  it('gives the message alone when the issue is about the whole value', () => {
    expect(describeIssues([{ path: '', message: '类型不正确，应为 object' }])).toBe('参数不正确：类型不正确，应为 object')
  })
})
