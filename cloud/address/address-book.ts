// What every address operation shares: the wire shape, the input schema built on the domain
// validator, and the per-shopper lock that keeps "one default, at most 20" true under races.
import { and, desc, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { validateAddress, type Address, type AddressField, type AddressFields } from '../../src/domain/address'
import { AppError } from '../../src/domain/errors'
import type { Tx } from '../db/client'
import { addresses } from '../db/schema'
import { multilineText, text } from '../../src/domain/text-schema'

type AddressRow = typeof addresses.$inferSelect

export function toAddress(row: AddressRow): Address {
  const address: Address = {
    id: row.id,
    userName: row.userName,
    telNumber: row.telNumber,
    provinceName: row.provinceName,
    cityName: row.cityName,
    countyName: row.countyName,
    detailInfo: row.detailInfo,
    isDefault: row.isDefault,
    updatedAt: row.updatedAt.toISOString(),
  }
  if (row.postalCode) address.postalCode = row.postalCode
  return address
}

const field = text({ max: 500 })

/** The chooseAddress fields, checked and normalised by validateAddress (src/domain/address.ts). */
export const addressFieldsSchema = {
  userName: field,
  telNumber: field,
  provinceName: field,
  cityName: field,
  countyName: field,
  // A pasted address may break lines; validateAddress folds them into spaces.
  detailInfo: multilineText({ max: 500 }),
  postalCode: field.optional(),
}

/** Adds validateAddress's per-field errors to a zod refinement. */
export function refineAddress(value: Partial<Record<AddressField, unknown>>, ctx: z.RefinementCtx): void {
  const check = validateAddress(value)
  if (check.ok) return
  for (const [path, message] of Object.entries(check.errors)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message })
}

/** Serialises the shopper's address-book writes: concurrent saves and default changes queue up. */
export async function lockAddressBook(tx: Tx, openid: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`address:${openid}`}, 0))`)
}

/** The caller's own address, or NOT_FOUND: another shopper's id looks exactly like a missing one. */
export async function findOwnAddress(tx: Tx, openid: string, id: string): Promise<AddressRow> {
  const [row] = await tx
    .select()
    .from(addresses)
    .where(and(eq(addresses.id, id), eq(addresses.openid, openid)))
    .limit(1)
  if (!row) throw new AppError('NOT_FOUND', '地址不存在或已删除')
  return row
}

/**
 * The caller's saved address at the same place for the same person (the validator's normalised
 * fields, postal code aside), or undefined; the caller holds the lock.
 */
export async function findSameAddress(tx: Tx, openid: string, fields: AddressFields): Promise<AddressRow | undefined> {
  const [row] = await tx
    .select()
    .from(addresses)
    .where(
      and(
        eq(addresses.openid, openid),
        eq(addresses.userName, fields.userName),
        eq(addresses.telNumber, fields.telNumber),
        eq(addresses.provinceName, fields.provinceName),
        eq(addresses.cityName, fields.cityName),
        eq(addresses.countyName, fields.countyName),
        eq(addresses.detailInfo, fields.detailInfo),
      ),
    )
    .limit(1)
  return row
}

/** Makes `id` the caller's only default address; the caller holds the lock. */
export async function makeDefault(tx: Tx, openid: string, id: string, now: Date): Promise<AddressRow> {
  await tx
    .update(addresses)
    .set({ isDefault: false, updatedAt: now })
    .where(and(eq(addresses.openid, openid), eq(addresses.isDefault, true), sql`${addresses.id} <> ${id}`))
  const [row] = await tx
    .update(addresses)
    .set({ isDefault: true, updatedAt: now })
    .where(and(eq(addresses.id, id), eq(addresses.openid, openid)))
    .returning()
  if (!row) throw new AppError('NOT_FOUND', '地址不存在或已删除')
  return row
}

/** The caller's addresses: the default first, then the most recently added. */
export function orderedAddresses(tx: Pick<Tx, 'select'>, openid: string) {
  return tx
    .select()
    .from(addresses)
    .where(eq(addresses.openid, openid))
    .orderBy(desc(addresses.isDefault), desc(addresses.seq))
}
