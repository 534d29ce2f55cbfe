// H5: our own consent sheet, shown before personal data is first stored.
import { View } from '@tarojs/components'
import { usePrivacy } from '@/store/privacy'
import { PrivacySheetView } from './privacy-sheet-view'

export function PrivacySheet() {
  const agree = usePrivacy((state) => state.agree)
  return (
    <PrivacySheetView
      agreeButton={
        <View className='privacy-sheet__agree' onClick={agree}>
          同意并继续
        </View>
      }
    />
  )
}
