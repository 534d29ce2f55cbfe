import type { PropsWithChildren } from 'react'
// The session store registers the identity every cloud call carries.
import '@/store/session'
import { useEntryLaunch } from '@/hooks/use-entry-launch'
import { useNotFoundPage } from '@/hooks/use-not-found-page'
// WeChat's privacy prompts go to our consent sheet from launch on (onNeedPrivacyAuthorization).
import '@/store/privacy'
// H5: Taro's loading buttons would fetch their spinner from a remote host.
import '@/components/button-loading'
import './app.css'

function App({ children }: PropsWithChildren) {
  // Records where this launch came from (QR, share, Moments, Weibo link…) for attribution.
  useEntryLaunch()
  useNotFoundPage()
  return children
}

export default App
