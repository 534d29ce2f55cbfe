// The store's Mini Program code, made by entry.createQrCode, to print or send.
import { Image, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { AppError } from '@/domain/errors'
import { createQrCode } from '@/services/entry'
import './qr-panel.css'

type State = { status: 'loading' } | { status: 'ready'; image: string } | { status: 'error'; error: AppError }

export function QrPanel({ storeId }: { storeId: string }) {
  const [state, setState] = useState<State>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let live = true
    setState({ status: 'loading' })
    createQrCode({ storeId }).then(
      (code) => live && setState(code.image ? { status: 'ready', image: code.image } : { status: 'error', error: new AppError('INTERNAL') }),
      (error) => live && setState({ status: 'error', error: error instanceof AppError ? error : new AppError('INTERNAL') }),
    )
    return () => {
      live = false
    }
  }, [storeId, attempt])

  return (
    <View className='qr-panel'>
      {state.status === 'ready' ? (
        <>
          <Image className='qr-panel__image' src={state.image} mode='aspectFit' showMenuByLongpress />
          <Text className='console__hint'>长按保存小程序码，打印后贴在店里或发给顾客</Text>
        </>
      ) : (
        <View className='qr-panel__placeholder'>
          <Text className='qr-panel__placeholder-text'>{state.status === 'loading' ? '正在生成小程序码…' : state.error.message}</Text>
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
