// The region field's props, shared by its weapp and H5 versions. The field is used by two forms
// (the address book's and checkout's on H5), each with its own layout: the host passes the row
// it lays its other fields out with, so the picker sits among them like one of them.
import type { ComponentType, ReactNode } from 'react'
import type { AddressErrors } from '@/domain/address'
import type { Region } from '@/domain/regions'

export type { Region }

/** One labelled line of the host form: the label, the control, the control's error. */
export interface FieldRowProps {
  label: string
  /** Names the line (region-field__province …) for styling and for tests. */
  className?: string
  error?: string
  children: ReactNode
}

export interface RegionFieldProps {
  value: Region
  errors: AddressErrors
  onChange(patch: Partial<Region>): void
  Row: ComponentType<FieldRowProps>
}
