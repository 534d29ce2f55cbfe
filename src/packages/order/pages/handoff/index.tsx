// Opened at launch when the Mini Program came through a web visitor's hand-off link or code:
// puts what they chose into checkout and goes there, or back to the page when nothing is left.
import { Button, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { HANDOFF_CODE } from '@/domain/handoff'
import { messageOf } from '@/domain/errors'
import { openHandoff } from '@/services/handoff'
import { useCheckout } from '@/store/checkout'

export default function HandoffPage() {
  const { params } = useRouter()
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    const code = params.code ?? ''
    if (!HANDOFF_CODE.test(code)) {
      setFailure('链接无效')
      return
    }
    openHandoff(code).then(
      (handoff) => {
        if (handoff.lines.length === 0) {
          const query = handoff.productId ? `id=${handoff.productId}` : `storeId=${handoff.storeId}`
          void Taro.redirectTo({ url: `/${handoff.page}?${query}` })
          return
        }
        useCheckout.getState().start({
          source: handoff.lines.length === 1 && handoff.productId ? 'buy_now' : 'cart',
          storeId: handoff.storeId,
          storeName: handoff.storeName,
          lines: handoff.lines,
        })
        void Taro.redirectTo({ url: '/packages/order/pages/checkout/index' })
      },
      (error) => setFailure(messageOf(error, '这个链接已失效，请重新选择商品')),
    )
  }, [params.code])

  return (
    <View className='handoff-page' style={{ padding: '48px 24px', textAlign: 'center' }}>
      <View>{failure ?? '正在恢复你在网页上选好的商品…'}</View>
      {failure && (
        <Button className='handoff-home' style={{ marginTop: '24px' }} onClick={() => void Taro.switchTab({ url: '/pages/home/index' })}>
          去逛逛
        </Button>
      )}
    </View>
  )
}
