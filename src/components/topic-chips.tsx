// The hashtags most used in a store (or everywhere), as a row of chips opening their topic.
import { ScrollView, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { topicsBesides } from '@/domain/hashtags'
import { listHashtags, type HashtagCount } from '@/services/catalog'
import { openTopic } from './hashtag-chips'
import './topic-chips.css'

/** `shown`: hashtags already on the screen (the store header's), left out here. */
export function TopicChips({ storeId, shown = [] }: { storeId?: string; shown?: readonly string[] }) {
  const [topics, setTopics] = useState<HashtagCount[]>([])
  useEffect(() => {
    // Chips are a shortcut: when they cannot load, the page simply goes without them.
    listHashtags(storeId).then(setTopics, () => setTopics([]))
  }, [storeId])
  const chips = topicsBesides(topics, shown)
  if (chips.length === 0) return null
  return (
    <ScrollView className='topic-chips' scrollX enableFlex>
      {chips.map((t) => (
        <Text key={t.hashtag} className='topic-chip' onClick={() => openTopic(t.hashtag, storeId)}>
          #{t.hashtag}
        </Text>
      ))}
    </ScrollView>
  )
}
