// address: the shopper's address book (DESIGN.md section 3). Private to its owner: another
// shopper's address id is NOT_FOUND on every action.
//
//   address.list        {}                                   → { items: Address[] }  (default first)
//   address.save        { id?, userName, telNumber, provinceName, cityName, countyName,
//                         detailInfo, postalCode?, isDefault? } → Address
//     without id: adds (at most 20; the first becomes the default); with id: changes that one.
//     telNumber: China mobile (11 digits) or landline with area code; provinceName: one of the
//     34 provincial-level names (short forms like 广东 are normalised); postalCode: 6 digits.
//   address.remove      { id }                               → { deleted: true }
//     removing the default makes the newest remaining address the default.
//   address.setDefault  { id }                               → Address
//   Address { id, userName, telNumber, provinceName, cityName, countyName, detailInfo,
//             postalCode?, isDefault, updatedAt }
import { list } from '../address/list'
import { remove } from '../address/remove'
import { save } from '../address/save'
import { setDefault } from '../address/set-default'
import type { FunctionTable } from '../operation'

export const address = { list, save, remove, setDefault } satisfies FunctionTable
