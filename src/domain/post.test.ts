import { bodyProductIds, quickBuySku, parsePostBody, postCover, postExcerpt, postShapeProblems, shownPostHashtags } from './post'

describe('parsePostBody', () => {
  it('reads headings, images, product cards and paragraphs, one block per line', () => {
    const body = ['# 新品到店', '', '第一行', '第二行', '![](/files/uploads/a.png)', '[[商品:Ab3dE6gH9k]]', '[[商品： x_1 ]]', '结尾'].join('\n')
    expect(parsePostBody(body)).toEqual([
      { type: 'heading', text: '新品到店' },
      { type: 'paragraph', text: '第一行\n第二行' },
      { type: 'image', src: '/files/uploads/a.png' },
      { type: 'product', productId: 'Ab3dE6gH9k' },
      { type: 'product', productId: 'x_1' },
      { type: 'paragraph', text: '结尾' },
    ])
  })

  it('keeps markup-looking text as plain paragraphs', () => {
    expect(parsePostBody('<script>alert(1)</script>\n#没有空格\n[[商品:坏 id]]')).toEqual([
      { type: 'paragraph', text: '<script>alert(1)</script>\n#没有空格\n[[商品:坏 id]]' },
    ])
    expect(parsePostBody('')).toEqual([])
  })

  it('lists the product cards once each', () => {
    expect(bodyProductIds(parsePostBody('[[商品:a]]\n[[商品:b]]\n[[商品:a]]'))).toEqual(['a', 'b'])
  })
})

describe('postShapeProblems', () => {
  const base = { body: '', images: [] as string[], videoUrl: '' }
  it('asks each kind for what it needs', () => {
    expect(postShapeProblems({ ...base, kind: 'article' })).toEqual([{ path: 'body', message: '请填写正文' }])
    expect(postShapeProblems({ ...base, kind: 'article', body: '你好' })).toEqual([])
    expect(postShapeProblems({ ...base, kind: 'pictures' }).map((p) => p.path)).toEqual(['images'])
    expect(postShapeProblems({ ...base, kind: 'pictures', images: Array(10).fill('/files/uploads/a.png') }).map((p) => p.path)).toEqual(['images'])
    expect(postShapeProblems({ ...base, kind: 'pictures', images: Array(9).fill('/files/uploads/a.png') })).toEqual([])
    expect(postShapeProblems({ ...base, kind: 'video' }).map((p) => p.path)).toEqual(['videoUrl'])
    expect(postShapeProblems({ ...base, kind: 'video', videoUrl: 'https://v.example/a.mp4' })).toEqual([])
    expect(postShapeProblems({ ...base, kind: 'article', body: 'x', videoUrl: 'https://v.example/a.mp4' }).map((p) => p.path)).toEqual(['videoUrl'])
  })
})

describe('post cards', () => {
  it('shows own hashtags, then brand ones not repeated', () => {
    expect(shownPostHashtags({ hashtags: ['新品', '手作'], brandHashtags: ['手作', '山野'] })).toEqual(['新品', '手作', '山野'])
  })

  it('excerpts text blocks and finds a cover', () => {
    expect(postExcerpt('# 标题\n![](/files/uploads/a.png)\n正文  内容', 60)).toBe('标题 正文 内容')
    expect(postExcerpt('一二三四五六', 4)).toBe('一二三…')
    expect(postCover({ images: [], body: '文字\n![](/files/uploads/a.png)' })).toBe('/files/uploads/a.png')
    expect(postCover({ images: ['/files/uploads/b.png'], body: '' })).toBe('/files/uploads/b.png')
    expect(postCover({ images: [], body: '' })).toBe('')
  })
})

describe('quickBuySku', () => {
  it('adds the only SKU in stock in one tap; several specs or none in stock open the product', () => {
    expect(quickBuySku({ skus: [{ id: 'a', stock: 2 }] })).toEqual({ id: 'a', stock: 2 })
    expect(quickBuySku({ skus: [{ id: 'a', stock: 0 }] })).toBeNull()
    expect(quickBuySku({ skus: [{ id: 'a', stock: 2 }, { id: 'b', stock: 2 }] })).toBeNull()
    expect(quickBuySku({ skus: [] })).toBeNull()
  })
})
