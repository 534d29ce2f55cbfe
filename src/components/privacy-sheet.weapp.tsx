// weapp: the consent sheet answering onNeedPrivacyAuthorization. WeChat lets a held call go on
// only after the agreePrivacyAuthorization button with AGREE_BUTTON_ID fired, so agreeing is
// that button's event, not a plain tap.
import { Button } from '@tarojs/components'
import { AGREE_BUTTON_ID } from '@/services/privacy-platform'
import { usePrivacy } from '@/store/privacy'
import { PrivacySheetView } from './privacy-sheet-view'

export function PrivacySheet() {
  const agree = usePrivacy((state) => state.agree)
  return (
    <PrivacySheetView
      agreeButton={
        <Button id={AGREE_BUTTON_ID} className='privacy-sheet__agree' openType='agreePrivacyAuthorization' onAgreePrivacyAuthorization={agree}>
          同意并继续
        </Button>
      }
    />
  )
}
