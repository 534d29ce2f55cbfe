// H5: the browser downloads the file (the server answers it as an attachment).
import { assetUrl } from './config'

export async function openExportFile(url: string, fileName: string): Promise<void> {
  const link = document.createElement('a')
  link.href = assetUrl(url)
  link.download = fileName
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
}
