// The staff (店员) calls: the owner's invitations and members, and the invitee's acceptance.
import type { InviteView, StaffInvite, StaffMember, StaffRole } from '@/domain/staff-roles'
import { callCloud } from './cloud'

export function inviteStaff(storeId: string, role: StaffRole): Promise<StaffInvite> {
  return callCloud('merchant', 'inviteStaff', { storeId, role })
}

export function viewInvite(inviteCode: string): Promise<InviteView> {
  return callCloud('merchant', 'viewInvite', { inviteCode })
}

export function acceptInvite(inviteCode: string): Promise<{ storeId: string; role: StaffRole }> {
  return callCloud('merchant', 'acceptInvite', { inviteCode })
}

export async function listStaff(storeId: string): Promise<StaffMember[]> {
  return (await callCloud('merchant', 'listStaff', { storeId })).items
}

export function removeStaff(storeId: string, openid: string): Promise<{ removed: true }> {
  return callCloud('merchant', 'removeStaff', { storeId, openid })
}
