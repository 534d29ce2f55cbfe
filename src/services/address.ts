// address.* calls (payloads in cloud/functions/address.ts). Checkout starts from
// getDefaultAddress(); the address book pages use the rest.
import { pickDefaultAddress, type Address, type AddressFields } from '@/domain/address'
import { callCloud } from './cloud'

/**
 * Checkout opens the address book with `?select=1`; tapping an address there fires this event
 * (Taro.eventCenter) with the Address and goes back.
 */
export const ADDRESS_SELECTED_EVENT = 'address:selected'
export const ADDRESS_BOOK_PAGE = '/packages/account/pages/addresses/index'

export async function listAddresses(): Promise<Address[]> {
  return (await callCloud('address', 'list')).items
}

export interface AddressDraft extends AddressFields {
  id?: string
  isDefault?: boolean
}

export function saveAddress(draft: AddressDraft): Promise<Address> {
  return callCloud('address', 'save', { ...draft })
}

export async function removeAddress(id: string): Promise<void> {
  await callCloud('address', 'remove', { id })
}

export function setDefaultAddress(id: string): Promise<Address> {
  return callCloud('address', 'setDefault', { id })
}

/** The address checkout starts with: the default one, else the newest; null when the book is empty. */
export async function getDefaultAddress(): Promise<Address | null> {
  return pickDefaultAddress(await listAddresses())
}
