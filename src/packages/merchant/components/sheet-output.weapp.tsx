// weapp: no printer; the sheet becomes images (as many as a phone's canvas needs) shared with
// WeChat's share-image sheet, and can still be copied as text.
import { Button, Canvas, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { sheetText, type JielongSheet } from '@/domain/jielong'
import { sheetImages } from '@/domain/jielong-sheet-layout'
import { copyText } from '@/services/privacy-apis'
import { toastError } from '@/services/toast'
import { drawSheetImages, shareSheetImage, SHEET_CANVAS_ID } from './sheet-image.weapp'

interface Drawn {
  paths: string[]
  labels: string[]
  omitted: number
}

export function SheetOutput(props: { sheet: JielongSheet; className?: string }) {
  const [busy, setBusy] = useState(false)
  const [drawn, setDrawn] = useState<Drawn | null>(null)

  const share = async (path: string) => {
    try {
      await shareSheetImage(path)
    } catch (error) {
      toastError(error, '分享失败，请重试')
    }
  }
  const draw = async () => {
    setBusy(true)
    try {
      const layout = sheetImages(props.sheet)
      const paths = await drawSheetImages(layout)
      const labels = layout.images.map((image, i) => (image.firstNo === null ? `第 ${i + 1} 张` : `第 ${i + 1} 张（${image.firstNo}–${image.lastNo} 号）`))
      setDrawn({ paths, labels, omitted: layout.omitted })
      if (paths.length === 1) await share(paths[0])
    } catch (error) {
      toastError(error, '生成图片失败，请重试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='sheet-output'>
      <Canvas type='2d' id={SHEET_CANVAS_ID} className='sheet-output__canvas' />
      {drawn && drawn.paths.length > 1 ? (
        <View className='sheet-output__images'>
          <Text className='console__hint'>备货单较长，分成了 {drawn.paths.length} 张图片，逐张分享：</Text>
          {drawn.paths.map((path, i) => (
            <Text key={path} className='sheet-output__image' onClick={() => void share(path)}>
              {drawn.labels[i]}
            </Text>
          ))}
          {drawn.omitted > 0 ? <Text className='console__hint'>还有 {drawn.omitted} 位未画出，请用导出表格查看全部。</Text> : null}
        </View>
      ) : null}
      <View className='sheet-output__buttons'>
        <Button className={props.className} loading={busy} disabled={busy} onClick={() => void draw()}>
          分享备货单图片
        </Button>
        <Button className='console__button console__button--ghost sheet-output__copy' onClick={() => void copyText(sheetText(props.sheet), '备货单已复制')}>
          复制文字
        </Button>
      </View>
    </View>
  )
}
