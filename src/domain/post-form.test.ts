import { MAX_POST_PRODUCTS } from './post'
import { postFormProblems, toggleLinkedProduct } from './post-form'

const form = { kind: 'pictures' as const, title: '新品', body: '', images: ['a.jpg'], videoUrl: '' }

describe('postFormProblems', () => {
  it('lets a complete post go', () => {
    expect(postFormProblems(form)).toEqual({})
  })

  it('asks for a title, and for what the kind needs', () => {
    expect(postFormProblems({ ...form, title: '  ' })).toEqual({ title: '请填写标题' })
    expect(postFormProblems({ ...form, images: [] })).toEqual({ images: '图集至少需要 1 张图片' })
    expect(postFormProblems({ ...form, kind: 'video' })).toEqual({ videoUrl: '请填写视频地址' })
    expect(postFormProblems({ ...form, kind: 'article' })).toEqual({ body: '请填写正文' })
  })

  it('ignores a video address left over from switching away from 视频', () => {
    expect(postFormProblems({ ...form, videoUrl: 'https://v.example/x.mp4' })).toEqual({})
  })

  it('keeps the first problem of a field', () => {
    expect(postFormProblems({ ...form, images: Array(12).fill('a.jpg') }).images).toMatch(/图片最多/)
  })
})

describe('toggleLinkedProduct', () => {
  it('links and unlinks', () => {
    expect(toggleLinkedProduct(['a'], 'b')).toEqual({ productIds: ['a', 'b'] })
    expect(toggleLinkedProduct(['a', 'b'], 'a')).toEqual({ productIds: ['b'] })
  })

  it('refuses one more than the limit, but still unlinks at the limit', () => {
    const full = Array.from({ length: MAX_POST_PRODUCTS }, (_, i) => `p${i}`)
    expect(toggleLinkedProduct(full, 'x')).toEqual({ error: `关联商品最多 ${MAX_POST_PRODUCTS} 件` })
    expect(toggleLinkedProduct(full, 'p0')).toEqual({ productIds: full.slice(1) })
  })
})
