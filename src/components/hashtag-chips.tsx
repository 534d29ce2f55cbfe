import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import './hashtag-chips.css'

export function openTopic(hashtag: string, storeId?: string): void {
  const store = storeId ? `&storeId=${encodeURIComponent(storeId)}` : ''
  void Taro.navigateTo({ url: `/pages/topic/index?tag=${encodeURIComponent(hashtag)}${store}` })
}

/** Hashtags as tappable chips that open their topic page; readOnly where navigation is not allowed. */
export function HashtagChips({ tags, storeId, className, readOnly }: { tags: string[]; storeId?: string; className?: string; readOnly?: boolean }) {
  if (tags.length === 0) return null
  return (
    <View className={`hashtag-chips ${className ?? ''}`}>
      {tags.map((tag) => (
        <Text key={tag} className='hashtag-chip' onClick={readOnly ? undefined : () => openTopic(tag, storeId)}>
          #{tag}
        </Text>
      ))}
    </View>
  )
}
