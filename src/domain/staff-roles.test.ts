// The role table says what DESIGN.md 3b says, in its words: the authorization matrix takes its
// staff answers from this table, so a slip here would pass there; this pins it.
import { roleMay, ROLE_RULES, STAFF_ROLES, normalizeInviteCode, INVITE_CODE_PATTERN } from './staff-roles'

const STAFF_ACTIONS = ['merchant.inviteStaff', 'merchant.listStaff', 'merchant.removeStaff']
const CONVERSATIONS = ['chat.conversations', 'chat.list', 'chat.send', 'chat.read', 'chat.recentOrders', 'chat.listQuickReplies']
/** A sample of what the owner does, including actions other features add later. */
const OWNER_WORK = ['merchant.saveProduct', 'merchant.setProductStatus', 'merchant.listProducts', 'merchant.stats', 'merchant.saveLiveRoom',
  'merchant.savePost', 'entry.createQrCode', 'merchant.saveCoupon', 'merchant.exportOrders', 'chat.saveQuickReplies', 'merchant.some-future-action']

describe('staff roles', () => {
  it('manager: everything the owner does except staff, updateStore and decideRefund', () => {
    for (const action of [...OWNER_WORK, 'merchant.listOrders', 'merchant.ship', 'merchant.listComments', 'merchant.deleteComment', ...CONVERSATIONS]) {
      expect([action, roleMay('manager', action)]).toEqual([action, true])
    }
    for (const action of [...STAFF_ACTIONS, 'merchant.updateStore', 'merchant.decideRefund']) {
      expect([action, roleMay('manager', action)]).toEqual([action, false])
    }
  })

  it('shipping: listOrders, ship (one order or a batch), what waits for it and the parcel trace, nothing else', () => {
    expect(ROLE_RULES.shipping).toMatchObject({ only: ['merchant.listOrders', 'merchant.ship', 'merchant.shipMany', 'merchant.pendingCounts', 'order.logistics'] })
    for (const action of [...OWNER_WORK, ...STAFF_ACTIONS, ...CONVERSATIONS, 'merchant.decideRefund', 'merchant.listComments']) {
      expect([action, roleMay('shipping', action)]).toEqual([action, false])
    }
  })

  it("service: listOrders, listComments, deleteComment, the parcel trace and the store's conversations, nothing else", () => {
    expect([...(ROLE_RULES.service as { only: readonly string[] }).only].sort()).toEqual(
      ['merchant.listOrders', 'merchant.listComments', 'merchant.deleteComment', 'merchant.pendingCounts', 'order.logistics', ...CONVERSATIONS].sort(),
    )
    for (const action of [...OWNER_WORK, ...STAFF_ACTIONS, 'merchant.ship', 'merchant.shipMany', 'merchant.decideRefund']) {
      expect([action, roleMay('service', action)]).toEqual([action, false])
    }
  })

  it('the owner may do everything, and there are exactly three staff roles', () => {
    expect([...STAFF_ACTIONS, 'merchant.decideRefund', ...OWNER_WORK].every((action) => roleMay('owner', action))).toBe(true)
    expect(STAFF_ROLES).toEqual(['manager', 'service', 'shipping'])
  })

  it('reads a typed invitation code in any case, with spaces or dashes', () => {
    expect(normalizeInviteCode(' abcde-fghjk ')).toBe('ABCDEFGHJK')
    expect(INVITE_CODE_PATTERN.test('ABCDEFGHJK')).toBe(true)
    expect(INVITE_CODE_PATTERN.test('ABCDEFGHJ0')).toBe(false)
  })
})
