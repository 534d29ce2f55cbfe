import { parsePostBody } from './post'
import { bodyImages, imageMarkup, insertBodyLine, productMarkup, withoutBodyImages } from './post-markup'

describe('inserting pictures and product cards into an article', () => {
  it('writes the stored markup that the post page reads back', () => {
    const body = ['开篇', imageMarkup('/files/uploads/a.png'), productMarkup('p1')].join('\n')
    expect(parsePostBody(body)).toEqual([
      { type: 'paragraph', text: '开篇' },
      { type: 'image', src: '/files/uploads/a.png' },
      { type: 'product', productId: 'p1' },
    ])
    expect(bodyImages(parsePostBody(body))).toEqual(['/files/uploads/a.png'])
  })

  it('puts the line at the cursor on a line of its own, splitting a line being written', () => {
    expect(insertBodyLine('', '[[商品:p1]]')).toEqual({ body: '[[商品:p1]]', cursor: 9 })
    expect(insertBodyLine('第一段', '[[商品:p1]]')).toEqual({ body: '第一段\n[[商品:p1]]', cursor: 13 })
    expect(insertBodyLine('前半后半', '[[商品:p1]]', 2).body).toBe('前半\n[[商品:p1]]\n后半')
    expect(insertBodyLine('一\n二', '[[商品:p1]]', 2).body).toBe('一\n[[商品:p1]]\n二')
    expect(insertBodyLine('一\n二', '[[商品:p1]]', 1).body).toBe('一\n[[商品:p1]]\n二')
    // An unknown or stale cursor means the end.
    expect(insertBodyLine('一', 'x', null).body).toBe('一\nx')
    expect(insertBodyLine('一', 'x', 99).body).toBe('一\nx')
    const twice = insertBodyLine('一二', 'x', 1)
    expect(insertBodyLine(twice.body, 'y', twice.cursor).body).toBe('一\nx\ny\n二')
  })

  it('takes out only the picture lines it is told to hide', () => {
    const body = ['开篇', imageMarkup('/files/a.png'), imageMarkup('/files/b.png'), '![](not-hidden-text'].join('\n')
    expect(withoutBodyImages(body, (src) => src === '/files/b.png')).toBe(['开篇', imageMarkup('/files/a.png'), '![](not-hidden-text'].join('\n'))
  })
})
