import type { PropsWithChildren } from 'react'
// The session store registers the identity every cloud call carries.
import '@/store/session'
import { useEntryLaunch } from '@/hooks/use-entry-launch'
import './app.css'

function App({ children }: PropsWithChildren) {
  // Records where this launch came from (QR, share, Moments, Weibo link…) for attribution.
  useEntryLaunch()
  return children
}

export default App
