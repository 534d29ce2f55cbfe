import type { PropsWithChildren } from 'react'
// The session store registers the identity every cloud call carries.
import '@/store/session'
// WeChat's privacy prompts go to our consent sheet from launch on (onNeedPrivacyAuthorization).
import '@/store/privacy'
import './app.css'

function App({ children }: PropsWithChildren) {
  return children
}

export default App
