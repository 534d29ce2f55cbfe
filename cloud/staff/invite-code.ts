// Invitation codes: 10 characters from a 32-letter alphabet without look-alikes (50 bits),
// typed from a share card or read from a Mini Program code, and checked by the one schema.
import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import { INVITE_CODE_ALPHABET, INVITE_CODE_LENGTH, INVITE_CODE_PATTERN, normalizeInviteCode } from '../../src/domain/staff-roles'

export function newInviteCode(): string {
  // 256 is a multiple of 32, so every letter is as likely as any other.
  return [...randomBytes(INVITE_CODE_LENGTH)].map((byte) => INVITE_CODE_ALPHABET[byte % INVITE_CODE_ALPHABET.length]).join('')
}

/** Letters, digits, spaces and dashes only, before anything else (as typed from a card); then the stored form. */
export const inviteCodeSchema = z
  .string()
  .regex(/^[0-9A-Za-z -]{1,32}$/, '邀请码格式不正确')
  .transform(normalizeInviteCode)
  .refine((code) => INVITE_CODE_PATTERN.test(code), '邀请码格式不正确')

export const openidSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'openid 格式不正确')
