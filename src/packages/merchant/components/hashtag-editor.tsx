// Up to five hashtags as chips: type one and add it, tap × to remove. Problems (empty, too
// long, a sixth) show beside the field, before anything is sent.
import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { MAX_HASHTAGS } from '@/domain/hashtags'
import { addHashtag } from '@/domain/store-profile'
import { FormField } from './form-field'
import './hashtag-editor.css'

export function HashtagEditor(props: { label: string; tags: string[]; onChange(tags: string[]): void; error?: string; hint?: string }) {
  const [draft, setDraft] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  const add = () => {
    if (draft.trim() === '') return
    const result = addHashtag(props.tags, draft)
    if (!result.ok) {
      setProblem(result.message)
      return
    }
    props.onChange(result.tags)
    setDraft('')
    setProblem(null)
  }

  return (
    <FormField label={`${props.label}（${props.tags.length}/${MAX_HASHTAGS}）`} error={problem ?? props.error} hint={props.hint} optional>
      <View className='hashtag-editor__chips'>
        {props.tags.map((tag) => (
          <Text key={tag} className='hashtag-editor__chip'>
            #{tag}
            <Text
              className='hashtag-editor__remove'
              onClick={() => {
                props.onChange(props.tags.filter((t) => t !== tag))
                setProblem(null)
              }}
            >
              ×
            </Text>
          </Text>
        ))}
      </View>
      <View className='hashtag-editor__add'>
        <Input
          className='field__input hashtag-editor__input'
          value={draft}
          placeholder='输入话题，如 夏日穿搭'
          confirmType='done'
          onInput={(e) => {
            setDraft(e.detail.value)
            setProblem(null)
          }}
          onConfirm={add}
        />
        <Button className='hashtag-editor__button' size='mini' onClick={add}>
          添加
        </Button>
      </View>
    </FormField>
  )
}
