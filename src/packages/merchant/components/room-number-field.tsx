// The WeChat room number of a live room. Outside WeChat (H5 on the local cloud) there is no
// live console to create a room in: the local twin opens one, so nothing is asked here.
import type { RoomNumberFieldProps } from './room-number-field-props'

/** Whether a room cannot be saved without a number from WeChat's live console. */
export const ROOM_NUMBER_REQUIRED = false

export function RoomNumberField(_props: RoomNumberFieldProps) {
  return null
}
