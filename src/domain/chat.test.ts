import { mergeMessages, messagePreview, newClientId, totalUnread, unreadBadge, type ChatMessage } from './chat'

const message = (id: string, seq: number, text = id): ChatMessage => ({ id, conversationId: 'c', from: 'shopper', kind: 'text', text, seq, createdAt: '2026-12-07T10:00:00.000Z' })

describe('chat domain', () => {
  it('merges overlapping pages and polls into one list in server order, each message once, the latest copy winning', () => {
    const merged = mergeMessages([message('b', 2), message('a', 1)], [message('c', 3), message('b', 2, 'b again')])
    expect(merged.map((m) => [m.id, m.text])).toEqual([['a', 'a'], ['b', 'b again'], ['c', 'c']])
  })

  it('previews each kind of message, and counts unread for a badge', () => {
    expect(messagePreview(null)).toBe('还没有消息')
    expect(messagePreview({ ...message('a', 1), kind: 'image', text: undefined, imageUrl: '/files/uploads/x.jpg' })).toBe('[图片]')
    expect(messagePreview({ ...message('a', 1), kind: 'product', product: { id: 'p', title: '围巾', image: '', price: 100 } })).toBe('[商品] 围巾')
    expect(totalUnread([{ unread: 2 }, { unread: 0 }, { unread: 5 }])).toBe(7)
    expect([unreadBadge(0), unreadBadge(7), unreadBadge(120)]).toEqual(['', '7', '99+'])
  })

  it('makes client ids the server accepts (8–64 letters, digits, - or _)', () => {
    expect(newClientId()).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
    expect(newClientId(0, () => 0)).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
  })
})
