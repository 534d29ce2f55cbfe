// A buyer reviews a product of a received order: stars, text and photos. Reached from the
// order (?orderId=…&productId=…&title=…). Text the content check holds is shown to its author
// only, until the merchant approves it.
import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { MAX_REVIEW_IMAGES, MAX_REVIEW_TEXT_LENGTH } from '@/domain/comments'
import { messageOf } from '@/domain/errors'
import { fieldErrorsOf, hasFieldErrors, type FieldErrors } from '@/domain/field-errors'
import { ImagePicker } from '@/components/image-picker'
import { createReview } from '@/services/reviews'
import { useBusy } from '@/hooks/use-busy'
import { goBackOr } from '@/services/navigation'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import './index.css'

const RATING_WORDS = ['', '很差', '较差', '一般', '满意', '非常满意']

function ReviewPage() {
  const params = useRouter().params
  const [rating, setRating] = useState(5)
  const [text, setText] = useState('')
  const [images, setImages] = useState<string[]>([])
  const [errors, setErrors] = useState<FieldErrors>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, runBusy] = useBusy()

  const submit = () =>
    runBusy(async () => {
      if (Array.from(text.trim()).length > MAX_REVIEW_TEXT_LENGTH) return setErrors({ text: `评价内容最多 ${MAX_REVIEW_TEXT_LENGTH} 个字` })
      setErrors({})
      setProblem(null)
      try {
        const review = await createReview({
          orderId: params.orderId ?? '',
          ...(params.productId ? { productId: params.productId } : {}),
          rating,
          text: text.trim(),
          images,
        })
        await Taro.showToast({ title: review.status === 'held' ? '已提交，审核后展示' : '评价成功', icon: review.status === 'held' ? 'none' : 'success' })
        setTimeout(() => goBackOr('/packages/order/pages/list/index'), 800)
      } catch (error) {
        const found = fieldErrorsOf(error)
        if (hasFieldErrors(found)) setErrors(found)
        else setProblem(messageOf(error, '提交失败，请稍后重试'))
      }
    })

  return (
    <View className='review-page'>
      {params.title ? <Text className='review-page__product'>{decodeURIComponent(params.title)}</Text> : null}
      {problem ? <Text className='review-page__problem'>{problem}</Text> : null}
      <View className='review-page__card'>
        <View className='review-page__stars'>
          {[1, 2, 3, 4, 5].map((n) => (
            <Text key={n} className={`review-page__star${n <= rating ? ' review-page__star--on' : ''}`} onClick={() => setRating(n)}>
              ★
            </Text>
          ))}
          <Text className='review-page__word'>{RATING_WORDS[rating]}</Text>
        </View>
        {errors.rating ? <Text className='review-page__error'>{errors.rating}</Text> : null}
        <Textarea
          className='review-page__text'
          value={text}
          placeholder='说说宝贝怎么样，帮助其他买家'
          maxlength={MAX_REVIEW_TEXT_LENGTH + 50}
          onInput={(e) => setText(e.detail.value)}
        />
        <Text className='review-page__count'>
          {Array.from(text.trim()).length}/{MAX_REVIEW_TEXT_LENGTH}
        </Text>
        {errors.text ? <Text className='review-page__error'>{errors.text}</Text> : null}
        <ImagePicker value={images} max={MAX_REVIEW_IMAGES} onChange={setImages} addLabel='晒图' />
        {errors.images ? <Text className='review-page__error'>{errors.images}</Text> : null}
        {errors.productId ? <Text className='review-page__error'>{errors.productId}</Text> : null}
      </View>
      <Button className='review-page__submit' onClick={() => void submit()}>
        {busy ? '提交中…' : '提交评价'}
      </Button>
    </View>
  )
}

export default withPrivacySheet(ReviewPage)
