// H5: there is no WeChat share sheet; the button copies the store's link.
import { Button } from '@tarojs/components'
import { copyText } from '@/services/privacy-apis'

export function ShareAction(props: { path: string; label?: string; className?: string }) {
  const copy = async () => {
    const url = `${window.location.origin}${props.path}`
    await copyText(url, '链接已复制，发给好友吧')
  }
  return (
    <Button className={props.className} onClick={() => void copy()}>
      {props.label ?? '分享店铺'}
    </Button>
  )
}
