// live: the store's live rooms as shoppers see them, and what they can do in one.
import { comment } from '../live/comment'
import { getRoom } from '../live/get-room'
import { like } from '../live/like'
import { listComments } from '../live/list-comments'
import { listRooms } from '../live/list-rooms'
import { subscribe } from '../live/subscribe'
import type { FunctionTable } from '../operation'

export const live = { listRooms, getRoom, subscribe, like, comment, listComments } satisfies FunctionTable
