// Import products from the console's spreadsheet template: pick the file, check it (a dry run
// lists each row's problem), then import; all of it or nothing.
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import { importProducts, importTemplate, type ImportAnswer } from '@/services/backoffice'
import { openExportFile } from '@/services/open-file'
import { pickAndUploadSheet } from '@/services/sheet-upload'
import { toastError } from '@/services/toast'
import { useStoreId } from '../../components/use-owned-stores'
import '../../console.css'
import './index.css'

function ImportProductsPage() {
  const storeId = useStoreId()
  const [file, setFile] = useState<{ fileUrl: string; name: string } | null>(null)
  const [check, setCheck] = useState<ImportAnswer | null>(null)
  const [done, setDone] = useState<ImportAnswer | null>(null)
  const [busy, setBusy] = useState(false)

  const attempt = async (work: () => Promise<void>, fallback: string) => {
    setBusy(true)
    try {
      await work()
    } catch (error) {
      toastError(error, fallback)
    } finally {
      setBusy(false)
    }
  }
  const template = () =>
    attempt(async () => {
      const answer = await importTemplate(storeId)
      await openExportFile(answer.url, answer.fileName)
    }, '模板下载失败')
  const pick = () =>
    attempt(async () => {
      const picked = await pickAndUploadSheet()
      if (!picked) return
      setFile(picked)
      setDone(null)
      setCheck(await importProducts(storeId, picked.fileUrl, true))
    }, '文件检查失败')
  const run = () =>
    attempt(async () => {
      if (!file) return
      const answer = await importProducts(storeId, file.fileUrl, false)
      if (answer.errors.length > 0) setCheck(answer)
      else setDone(answer)
    }, '导入失败')

  return (
    <View className='console import'>
      <View className='console__card'>
        <Text className='console__card-title'>1. 下载模板并填写</Text>
        <Text className='console__hint'>同一商品名称的多行是同一商品的不同规格；价格单位为元。再次导入同名商品会更新价格和库存，不会重复创建。</Text>
        <Text className='console__link' onClick={template}>
          下载导入模板（.xlsx）
        </Text>
      </View>
      <View className='console__card'>
        <Text className='console__card-title'>2. 选择填好的文件</Text>
        <Button className='console__button console__button--ghost' disabled={busy} onClick={pick}>
          {file ? `重新选择（当前：${file.name}）` : '选择 .xlsx / .csv 文件'}
        </Button>
        {check ? (
          check.errors.length > 0 ? (
            <View className='import__errors'>
              <Text className='console__banner'>有 {check.errors.length} 处问题，修改后重新选择文件（未写入任何商品）：</Text>
              {check.errors.map((e, i) => (
                <Text key={i} className='import__error'>
                  第 {e.row} 行：{e.message}
                </Text>
              ))}
            </View>
          ) : (
            <Text className='console__banner console__banner--info'>
              检查通过：将新建 {check.created} 个商品，更新 {check.updated} 个商品。
            </Text>
          )
        ) : null}
      </View>
      {done ? (
        <Text className='console__banner console__banner--info'>
          导入完成：新建 {done.created} 个，更新 {done.updated} 个。新商品为草稿，补充图片后即可上架。
        </Text>
      ) : null}
      <View className='console__bar'>
        <Button className='console__button' loading={busy} disabled={busy || !check || check.errors.length > 0 || !!done} onClick={run}>
          确认导入
        </Button>
      </View>
    </View>
  )
}

// Picking the file from a chat (weapp) is privacy-bound: the consent sheet must be mounted.
export default withPrivacySheet(ImportProductsPage)
