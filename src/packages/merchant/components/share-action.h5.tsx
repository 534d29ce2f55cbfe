// H5: there is no WeChat share sheet; the button copies the store's link.
import { Button } from '@tarojs/components'
import Taro from '@tarojs/taro'

export function ShareAction(props: { path: string; label?: string; className?: string }) {
  const copy = async () => {
    const url = `${window.location.origin}${props.path}`
    await Taro.setClipboardData({ data: url })
    void Taro.showToast({ title: '链接已复制，发给好友吧', icon: 'none' })
  }
  return (
    <Button className={props.className} onClick={() => void copy()}>
      {props.label ?? '分享店铺'}
    </Button>
  )
}
