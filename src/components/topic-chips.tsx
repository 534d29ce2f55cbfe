// The hashtags most used in a store (or everywhere), as a row of chips opening their topic.
import { ScrollView, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { topicsBesides } from '@/domain/hashtags'
import { listHashtags, type HashtagCount } from '@/services/catalog'
import { openTopic } from './hashtag-chips'
import './topic-chips.css'

/**
 * The store's topics, or null while they load: the page waits for them so the row does not
 * arrive later and push the products down (layout shift).
 */
export function useTopics(storeId?: string): HashtagCount[] | null {
  const [topics, setTopics] = useState<{ storeId?: string; items: HashtagCount[] } | null>(null)
  useEffect(() => {
    // Chips are a shortcut: when they cannot load, the page simply goes without them.
    listHashtags(storeId).then(
      (items) => setTopics({ storeId, items }),
      () => setTopics({ storeId, items: [] }),
    )
  }, [storeId])
  return topics && topics.storeId === storeId ? topics.items : null
}

/** `shown`: hashtags already on the screen (the store header's), left out here. */
export function TopicChips({ topics, storeId, shown = [] }: { topics: readonly HashtagCount[]; storeId?: string; shown?: readonly string[] }) {
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
