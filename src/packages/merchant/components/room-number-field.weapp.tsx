// On WeChat a room is created in the Mini Program's live console (功能 → 直播) and scheduled here
// by its number; merchant.saveLiveRoom asks the platform for it and refuses a number it does not know.
import { Input } from '@tarojs/components'
import { FormField } from './form-field'
import type { RoomNumberFieldProps } from './room-number-field-props'

export const ROOM_NUMBER_REQUIRED = true

export function RoomNumberField(props: RoomNumberFieldProps) {
  return (
    <FormField label='直播间房间号' error={props.error} hint='在小程序管理后台「功能 → 直播」创建直播间后可见'>
      <Input className='field__input live-form__room-number' type='number' value={props.value} placeholder='如 1024' onInput={(e) => props.onChange(e.detail.value)} />
    </FormField>
  )
}
