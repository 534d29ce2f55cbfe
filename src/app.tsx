import type { PropsWithChildren } from 'react'
// The session store registers the identity every cloud call carries.
import '@/store/session'
import './app.css'

function App({ children }: PropsWithChildren) {
  return children
}

export default App
