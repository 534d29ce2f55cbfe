// Conversation rows as one side sees them: the store's name and logo, the shopper's nickname
// and avatar (never the OPENID), the reader's own unread count and the last message it may see.
import { inArray } from 'drizzle-orm'
import type { ChatSide, Conversation } from '../../src/domain/chat'
import type { Db, Tx } from '../db/client'
import { stores, users } from '../db/schema'
import { riskyImages } from '../media/risky-images'
import type { ConversationRow } from './access'
import { messagesById, toMessages } from './message-view'

export async function toConversations(db: Db | Tx, rows: readonly ConversationRow[], viewer: ChatSide): Promise<Conversation[]> {
  if (rows.length === 0) return []
  const storeIds = [...new Set(rows.map((row) => row.storeId))]
  const shopperIds = [...new Set(rows.map((row) => row.shopperOpenid))]
  const [storeRows, userRows, lastRows] = await Promise.all([
    db.select({ id: stores.id, name: stores.name, logo: stores.logo }).from(stores).where(inArray(stores.id, storeIds)),
    db.select({ openid: users.openid, nickname: users.nickname, avatarUrl: users.avatarUrl }).from(users).where(inArray(users.openid, shopperIds)),
    messagesById(db, rows.map((row) => row.lastMessageId)),
  ])
  const risky = await riskyImages(db, [...storeRows.map((store) => store.logo), ...userRows.map((user) => user.avatarUrl)])
  const storeOf = new Map(storeRows.map((store) => [store.id, store]))
  const userOf = new Map(userRows.map((user) => [user.openid, user]))
  const out: Conversation[] = []
  for (const row of rows) {
    const store = storeOf.get(row.storeId)
    const user = userOf.get(row.shopperOpenid)
    const last = row.lastMessageId ? lastRows.get(row.lastMessageId) : undefined
    const [lastMessage] = last ? await toMessages(db, [last], viewer) : []
    out.push({
      id: row.id,
      storeId: row.storeId,
      storeName: store?.name ?? '',
      storeLogo: store && !risky.has(store.logo) ? store.logo : '',
      shopper: {
        nickname: user?.nickname || '微信用户',
        avatarUrl: user && !risky.has(user.avatarUrl) ? user.avatarUrl : '',
      },
      unread: viewer === 'shopper' ? row.shopperUnread : row.storeUnread,
      lastMessage: lastMessage ?? null,
    })
  }
  return out
}
