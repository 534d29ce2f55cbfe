// The consent sheet's content, shared by the weapp and H5 sheets: what we collect and why, a
// link to the full text, and the two answers. The platform file supplies the agree button.
import { Text, View } from '@tarojs/components'
import Taro, { useDidHide, useDidShow } from '@tarojs/taro'
import { useEffect, useState, type ReactNode } from 'react'
import { isSheetOpen, PRIVACY_SUMMARY } from '@/domain/privacy-consent'
import { openPrivacyContract } from '@/services/privacy-platform'
import { usePrivacy } from '@/store/privacy'
import './privacy-sheet.css'

/**
 * Whether this page is the one showing: pages below it in the stack keep their sheet mounted
 * but must neither show it nor count as a place where the shopper could answer.
 */
function useShowingPage(): boolean {
  const [showing, setShowing] = useState(true)
  useDidShow(() => setShowing(true))
  useDidHide(() => setShowing(false))
  useEffect(() => (showing ? usePrivacy.getState().mountSheet() : undefined), [showing])
  return showing
}

export function PrivacySheetView({ agreeButton }: { agreeButton: ReactNode }) {
  const showing = useShowingPage()
  const open = usePrivacy((state) => isSheetOpen(state.consent)) && showing
  const disagree = usePrivacy((state) => state.disagree)
  // On a tab page the tab bar would cover the answers (H5) or invite leaving mid-question.
  useEffect(() => {
    if (!open) return
    void Promise.resolve(Taro.hideTabBar({ animation: false })).catch(() => undefined)
    return () => void Promise.resolve(Taro.showTabBar({ animation: false })).catch(() => undefined)
  }, [open])
  if (!open) return null
  return (
    <View className='privacy-sheet' catchMove>
      <View className='privacy-sheet__mask' />
      <View className='privacy-sheet__panel' role='dialog' aria-label='隐私保护提示'>
        <Text className='privacy-sheet__title'>隐私保护提示</Text>
        <Text className='privacy-sheet__lead'>在你使用地址、照片、头像昵称或复制功能之前，请了解我们如何使用你的信息：</Text>
        {PRIVACY_SUMMARY.map((item) => (
          <View key={item.what} className='privacy-sheet__item'>
            <Text className='privacy-sheet__what'>{item.what}</Text>
            <Text className='privacy-sheet__why'>{item.why}</Text>
          </View>
        ))}
        <Text className='privacy-sheet__lead'>
          完整内容请阅读
          <Text className='privacy-sheet__link' onClick={openPrivacyContract}>
            《小店隐私保护指引》
          </Text>
          。不同意也可以继续浏览商品。
        </Text>
        <View className='privacy-sheet__actions'>
          <View className='privacy-sheet__disagree' onClick={disagree}>
            不同意
          </View>
          {agreeButton}
        </View>
      </View>
    </View>
  )
}
