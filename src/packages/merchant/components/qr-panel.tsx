// The store's (or a product's) Mini Program code, made by entry.createQrCode. Until the entry
// feature is deployed the call answers "no such function": the panel says so and offers the
// link instead of failing.
import { Image, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { AppError } from '@/domain/errors'
import { assetUrl } from '@/services/config'
import { createQrCode, type CodeTarget, type QrCode } from '@/services/growth'
import './qr-panel.css'

type State = { status: 'loading' } | { status: 'ready'; code: QrCode } | { status: 'missing' } | { status: 'error'; error: AppError }

export function QrPanel({ target }: { target: CodeTarget }) {
  const [state, setState] = useState<State>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const key = JSON.stringify(target)

  useEffect(() => {
    let live = true
    setState({ status: 'loading' })
    createQrCode(target).then(
      (code) => live && setState(code ? { status: 'ready', code } : { status: 'missing' }),
      (error) => live && setState({ status: 'error', error: error instanceof AppError ? error : new AppError('INTERNAL') }),
    )
    return () => {
      live = false
    }
  }, [key, attempt]) // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <View className='qr-panel'>
      {state.status === 'ready' ? (
        <>
          <Image className='qr-panel__image' src={assetUrl(state.code.image)} mode='aspectFit' showMenuByLongpress />
          <Text className='console__hint'>长按保存小程序码，打印后贴在店里或发给顾客</Text>
        </>
      ) : (
        <View className='qr-panel__placeholder'>
          <Text className='qr-panel__placeholder-text'>
            {state.status === 'loading' ? '正在生成小程序码…' : state.status === 'missing' ? '小程序码功能即将上线' : state.error.message}
          </Text>
          {state.status === 'error' ? (
            <Text className='console__link' onClick={() => setAttempt(attempt + 1)}>
              重试
            </Text>
          ) : null}
        </View>
      )}
    </View>
  )
}
