// The hashtags most used in a store (or everywhere), as a row of chips opening their topic.
import { ScrollView, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { listHashtags, type HashtagCount } from '@/services/catalog'
import { openTopic } from './hashtag-chips'
import './topic-chips.css'

export function TopicChips({ storeId }: { storeId?: string }) {
  const [topics, setTopics] = useState<HashtagCount[]>([])
  useEffect(() => {
    // Chips are a shortcut: when they cannot load, the page simply goes without them.
    listHashtags(storeId).then(setTopics, () => setTopics([]))
  }, [storeId])
  if (topics.length === 0) return null
  return (
    <ScrollView className='topic-chips' scrollX enableFlex>
      {topics.map((t) => (
        <Text key={t.hashtag} className='topic-chip' onClick={() => openTopic(t.hashtag, storeId)}>
          #{t.hashtag}
        </Text>
      ))}
    </ScrollView>
  )
}
