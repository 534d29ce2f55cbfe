// H5: the browser prints the sheet (the page's print styles hide everything but the sheet).
import { Button } from '@tarojs/components'
import type { JielongSheet } from '@/domain/jielong'

export function SheetOutput(props: { sheet: JielongSheet; className?: string }) {
  return (
    <Button className={props.className} onClick={() => window.print()}>
      打印备货单
    </Button>
  )
}
