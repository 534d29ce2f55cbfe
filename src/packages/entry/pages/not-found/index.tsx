// Where an unknown path lands (app.tsx sends WeChat's onPageNotFound and the H5 router's here):
// an old shared link or a mistyped address gets a message and the way home, not a blank page.
import { EmptyState } from '@/components/state-views'

export default function NotFoundPage() {
  return <EmptyState title='页面不存在' hint='链接可能已失效或输错了' home />
}
