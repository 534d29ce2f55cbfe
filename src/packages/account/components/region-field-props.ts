import type { AddressErrors, AddressFields } from '@/domain/address'

export type Region = Pick<AddressFields, 'provinceName' | 'cityName' | 'countyName'>

export interface RegionFieldProps {
  value: Region
  errors: AddressErrors
  onChange(patch: Partial<Region>): void
}
