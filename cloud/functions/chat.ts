// chat: 客服 conversations between a shopper and a store (DESIGN.md 3b). Store-side access goes
// through requireOwnStore; a conversation is read and written only by its two parties.
import { conversations } from '../chat/conversations'
import { list } from '../chat/list'
import { open } from '../chat/open'
import { listQuickReplies, saveQuickReplies } from '../chat/quick-replies'
import { read } from '../chat/read'
import { recentOrders } from '../chat/recent-orders'
import { send } from '../chat/send'
import type { FunctionTable } from '../operation'

export const chat = { open, send, list, conversations, read, recentOrders, saveQuickReplies, listQuickReplies } satisfies FunctionTable
