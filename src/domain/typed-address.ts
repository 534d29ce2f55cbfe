// An address a person types into a browser form (H5 checkout): the shared validator's rules,
// a mobile number (a courier texts it; chooseAddress may give a landline, a person typing at
// checkout means a mobile), and the region picker's district rule, so checkout refuses what
// the address book's H5 form refuses.
import { isChinaMobile, validateAddress, type AddressErrors, type AddressFields } from './address'
import { regionProblems } from './regions'

export function checkTypedAddress(draft: Omit<AddressFields, 'postalCode'>): AddressErrors {
  const checked = validateAddress(draft)
  const errors: AddressErrors = checked.ok ? {} : { ...checked.errors }
  if (!errors.telNumber && !isChinaMobile(draft.telNumber)) errors.telNumber = '请填写正确的 11 位手机号码'
  for (const [field, problem] of Object.entries(regionProblems(draft))) errors[field as keyof AddressErrors] ??= problem
  return errors
}
