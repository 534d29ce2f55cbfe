// Photos of a product, a review or a store logo: pick from album or camera, upload through
// the platform (weapp cloud storage / the local cloud), show, remove. The value is the list
// of stored paths; what is shown goes through assetUrl.
import { Image, Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { assetUrl } from '@/services/config'
import { choosePhotos } from '@/services/privacy-apis'
import { uploadImage } from '@/services/upload'
import { toastError } from '@/services/toast'
import './image-picker.css'

export function ImagePicker(props: { value: string[]; max: number; onChange(paths: string[]): void; addLabel?: string; className?: string }) {
  const [uploading, setUploading] = useState(0)
  const latest = useRef(props.value)
  latest.current = props.value
  const room = props.max - props.value.length - uploading

  const add = async () => {
    if (room <= 0) return
    const picked = await choosePhotos(room)
    setUploading((n) => n + picked.length)
    for (const path of picked) {
      try {
        const stored = await uploadImage(path)
        props.onChange([...latest.current, stored].slice(0, props.max))
      } catch (error) {
        toastError(error, '图片上传失败')
      } finally {
        setUploading((n) => n - 1)
      }
    }
  }

  const remove = (index: number) => props.onChange(props.value.filter((_, i) => i !== index))

  return (
    <View className={`image-picker ${props.className ?? ''}`}>
      {props.value.map((path, index) => (
        <View key={path} className='image-picker__item'>
          <Image className='image-picker__image' src={assetUrl(path)} mode='aspectFill' />
          <Text className='image-picker__remove' onClick={() => remove(index)}>
            ×
          </Text>
        </View>
      ))}
      {Array.from({ length: uploading }, (_, i) => (
        <View key={`uploading-${i}`} className='image-picker__item image-picker__item--uploading'>
          <Text>上传中…</Text>
        </View>
      ))}
      {room > 0 ? (
        <View className='image-picker__item image-picker__add' onClick={() => void add()}>
          <Text className='image-picker__plus'>+</Text>
          <Text className='image-picker__add-label'>{props.addLabel ?? '添加图片'}</Text>
        </View>
      ) : null}
    </View>
  )
}
