import type { ChatMessage } from '@/domain/chat'
import { createThread, type ThreadApi } from './chat-thread'

/** A server twin: stores by clientId like chat.send, answers pages newest first like chat.list. */
function server() {
  const stored: ChatMessage[] = []
  const byClient = new Map<string, ChatMessage>()
  let seq = 0
  let failNext = 0
  const reads: string[] = []
  const api: ThreadApi = {
    async list(_id, cursor) {
      const newest = [...stored].sort((a, b) => b.seq - a.seq)
      const from = cursor ? newest.findIndex((m) => m.seq < Number(cursor)) : 0
      const items = from < 0 ? [] : newest.slice(from, from + 2)
      const last = items[items.length - 1]
      return { items, nextCursor: last && newest.indexOf(last) < newest.length - 1 ? String(last.seq) : null }
    },
    async send(conversationId, message, clientId) {
      const again = byClient.get(clientId)
      const made = again ?? { id: `m${++seq}`, conversationId, from: 'shopper', kind: message.kind, text: message.text, seq, createdAt: new Date(seq * 1000).toISOString() }
      if (!again) {
        stored.push(made)
        byClient.set(clientId, made)
      }
      // The answer is lost after the server stored the message (a timeout): the retry must not duplicate.
      if (failNext > 0) {
        failNext -= 1
        throw new Error('网络不给力')
      }
      return made
    },
    async read(id) {
      reads.push(id)
      return { unread: 0 }
    },
  }
  const reply = (text: string) => stored.push({ id: `m${++seq}`, conversationId: 'c1', from: 'store', kind: 'text', text, seq, createdAt: new Date(seq * 1000).toISOString() })
  return { api, stored, reads, reply, failOnce: () => (failNext = 1) }
}

let ids = 0
const makeId = () => `client-${++ids}`

describe('chat thread', () => {
  it('shows a failed send with a retry that reuses its clientId, so the server keeps one message', async () => {
    const twin = server()
    const thread = createThread(twin.api, 'c1', 'shopper', makeId)
    await thread.poll()
    twin.failOnce()
    await thread.send({ kind: 'text', text: '有货吗' })
    expect(thread.state().pending).toEqual([expect.objectContaining({ state: 'failed', error: '网络不给力' })])
    await thread.retry(thread.state().pending[0].clientId)
    expect(thread.state().pending).toEqual([])
    expect(thread.state().messages.map((m) => m.text)).toEqual(['有货吗'])
    expect(twin.stored).toHaveLength(1)
  })

  it('merges polls and older pages into one list in server order, and reads only when the other side wrote', async () => {
    const twin = server()
    twin.reply('欢迎光临')
    twin.reply('有什么可以帮您')
    twin.reply('在的')
    const thread = createThread(twin.api, 'c1', 'shopper', makeId)
    expect(await thread.poll()).toBe(true)
    expect(twin.reads).toEqual(['c1'])
    await thread.loadOlder()
    expect(thread.state().messages.map((m) => m.text)).toEqual(['欢迎光临', '有什么可以帮您', '在的'])
    expect(thread.state().olderCursor).toBeNull()
    expect(await thread.poll()).toBe(false)

    await thread.send({ kind: 'text', text: '好的' })
    twin.reply('已发货')
    expect(await thread.poll()).toBe(true)
    expect(thread.state().messages.map((m) => m.text)).toEqual(['欢迎光临', '有什么可以帮您', '在的', '好的', '已发货'])
    expect(twin.reads).toEqual(['c1', 'c1'])
  })
})
