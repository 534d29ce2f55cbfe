// weapp: import an address from WeChat's own address list (chooseAddress). WeChat runs its
// privacy check first (onNeedPrivacyAuthorization → our consent sheet).
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { saveAddress } from '@/services/address'
import { chooseWechatAddress } from '@/services/privacy-apis'
import { toastError } from '@/services/toast'

export function ImportAddress({ onImported }: { onImported(): void }) {
  async function importFromWechat() {
    const picked = await chooseWechatAddress()
    if (!picked) return
    try {
      const { userName, telNumber, provinceName, cityName, countyName, detailInfo, postalCode } = picked
      await saveAddress({ userName, telNumber, provinceName, cityName, countyName, detailInfo, postalCode: postalCode || undefined })
      void Taro.showToast({ title: '已导入', icon: 'success' })
      onImported()
    } catch (error) {
      toastError(error, '导入失败，请重试')
    }
  }
  return (
    <View className='addresses__button addresses__button--plain' onClick={importFromWechat}>
      导入微信地址
    </View>
  )
}
