// weapp: opens WeChat's share sheet; the page's useShareAppMessage supplies title and path.
import { Button } from '@tarojs/components'

export function ShareAction(props: { path: string; label?: string; className?: string }) {
  return (
    <Button className={props.className} openType='share' data-path={props.path}>
      {props.label ?? '分享店铺'}
    </Button>
  )
}
