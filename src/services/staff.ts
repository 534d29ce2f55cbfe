// The staff (店员) calls: the owner's invitations and members, and the invitee's acceptance.
import type { StaffRole } from '@/domain/staff-roles'
import { callCloud } from './cloud'

export interface StaffInvite {
  inviteCode: string
  role: StaffRole
  path: string
  expiresAt: string
  /** The Mini Program code of the accept page, as stored (turn into a URL with assetUrl). */
  image: string
}

export interface InviteView {
  storeId: string
  storeName: string
  role: StaffRole
  expiresAt: string
  status: 'open' | 'used' | 'expired' | 'own'
}

export interface StaffMember {
  openid: string
  nickname: string
  role: StaffRole
  since: string
}

export function inviteStaff(storeId: string, role: StaffRole): Promise<StaffInvite> {
  return callCloud<StaffInvite>('merchant', 'inviteStaff', { storeId, role })
}

export function viewInvite(inviteCode: string): Promise<InviteView> {
  return callCloud<InviteView>('merchant', 'viewInvite', { inviteCode })
}

export function acceptInvite(inviteCode: string): Promise<{ storeId: string; role: StaffRole }> {
  return callCloud('merchant', 'acceptInvite', { inviteCode })
}

export async function listStaff(storeId: string): Promise<StaffMember[]> {
  return (await callCloud<{ items: StaffMember[] }>('merchant', 'listStaff', { storeId })).items
}

export function removeStaff(storeId: string, openid: string): Promise<{ removed: true }> {
  return callCloud('merchant', 'removeStaff', { storeId, openid })
}
