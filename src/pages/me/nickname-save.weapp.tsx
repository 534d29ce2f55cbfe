// weapp: 保存 submits the form, whose value is the nickname input's text after WeChat's check.
import { Button } from '@tarojs/components'

export function NicknameSave({ disabled }: { disabled: boolean; onSave(): void }) {
  return (
    <Button className='profile-card__save' formType='submit' size='mini' disabled={disabled}>
      保存
    </Button>
  )
}
