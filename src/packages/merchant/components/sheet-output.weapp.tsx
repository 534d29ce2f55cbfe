// weapp: no printer; the sheet is copied as text to paste into a chat (an image is not drawn yet).
import { Button } from '@tarojs/components'
import { sheetText, type JielongSheet } from '@/domain/jielong'
import { copyText } from '@/services/privacy-apis'

export function SheetOutput(props: { sheet: JielongSheet; className?: string }) {
  return (
    <Button className={props.className} onClick={() => void copyText(sheetText(props.sheet), '备货单已复制')}>
      复制备货单
    </Button>
  )
}
