// H5: no WeChat check on the text, and Taro's H5 button submits a form only on touchend (a mouse
// click would do nothing), so 保存 saves what was typed.
import { Button } from '@tarojs/components'

export function NicknameSave({ disabled, onSave }: { disabled: boolean; onSave(): void }) {
  return (
    <Button className='profile-card__save' size='mini' disabled={disabled} onClick={onSave}>
      保存
    </Button>
  )
}
