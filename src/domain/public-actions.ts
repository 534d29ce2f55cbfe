// The actions a caller without identity may make (access 'public' in the cloud): all a web
// visitor can do. Kept equal to the cloud's own list by cloud/handoff/public-actions.test.ts.
export const PUBLIC_ACTIONS: readonly string[] = [
  'catalog.getStore',
  'catalog.listProducts',
  'catalog.getProduct',
  'catalog.listTopic',
  'catalog.search',
  'catalog.listHashtags',
  'catalog.listCategories',
  'order.getCartItems',
  'entry.recordVisit',
  'entry.getLink',
  'entry.createHandoff',
  'entry.resolveShortLink',
  'live.listRooms',
  'live.getRoom',
  'live.listComments',
  'review.list',
  'auth.login',
  'post.list',
  'post.get',
  'post.listComments',
  'jielong.get',
  'jielong.listEntries',
  'coupon.list',
]

export function isPublicAction(fn: string, action: string): boolean {
  return PUBLIC_ACTIONS.includes(`${fn}.${action}`)
}
