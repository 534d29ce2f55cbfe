// H5 development: pick the local identity (kept on the device) so one browser window can act
// as the merchant and another as a shopper. WeChat has real identities: see the .tsx twin.
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { DEV_IDENTITIES, useSession } from '@/store/session'
import './dev-identity-picker.css'

export function DevIdentityPicker() {
  const devOpenid = useSession((state) => state.devOpenid)
  const setDevOpenid = useSession((state) => state.setDevOpenid)
  const [draft, setDraft] = useState('')

  const use = (openid: string) => {
    if (setDevOpenid(openid)) void Taro.showToast({ title: `已切换为 ${openid}`, icon: 'none' })
    else void Taro.showToast({ title: '身份只能包含字母、数字、- 和 _', icon: 'none' })
  }

  if (process.env.TARO_APP_DEV_IDENTITY === 'off') return null
  return (
    <View className='me__card identity-picker'>
      <Text className='me__card-title'>本地身份（仅开发环境）</Text>
      <Text className='identity-picker__current'>当前身份：{devOpenid}</Text>
      <View className='identity-picker__options'>
        {DEV_IDENTITIES.map((option) => (
          <Text
            key={option.openid}
            className={`identity-picker__option${option.openid === devOpenid ? ' identity-picker__option--on' : ''}`}
            onClick={() => use(option.openid)}
          >
            {option.label}
          </Text>
        ))}
      </View>
      <View className='identity-picker__custom'>
        <Input className='identity-picker__input' value={draft} placeholder='输入其他身份 id' onInput={(e) => setDraft(e.detail.value)} />
        <Button size='mini' onClick={() => use(draft)}>
          使用
        </Button>
      </View>
    </View>
  )
}
