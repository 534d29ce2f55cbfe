// Opening a store in three steps: name and logo → intro and category → brand hashtags and
// pickup address. Each step checks its own fields before moving on; what the cloud refuses
// comes back beside its field, on the step that holds it.
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { messageOf } from '@/domain/errors'
import { clearFieldErrors, fieldErrorsOf, hasFieldErrors, type FieldErrors } from '@/domain/field-errors'
import { OPEN_STORE_STEPS, emptyStoreForm, stepOfField, validateStoreForm, validateStoreStep } from '@/domain/store-profile'
import { openStore } from '@/services/merchant'
import { useMerchant } from '@/store/merchant'
import { StoreFields } from '../../components/store-fields'
import { useBusy } from '@/hooks/use-busy'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import '../../console.css'

function OpenStorePage() {
  const [step, setStep] = useState(0)
  const [form, setForm] = useState(emptyStoreForm)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, runBusy] = useBusy()
  const chooseStore = useMerchant((state) => state.chooseStore)
  const last = step === OPEN_STORE_STEPS.length - 1

  const showErrors = (found: FieldErrors) => {
    setErrors(found)
    const first = Object.keys(found)[0]
    if (first !== undefined) setStep(stepOfField(first))
  }

  const next = () => {
    const found = validateStoreStep(form, step)
    setErrors(found)
    if (!hasFieldErrors(found)) setStep(step + 1)
  }

  const submit = () =>
    runBusy(async () => {
      const checked = validateStoreForm(form)
      if (!checked.ok) return showErrors(checked.errors)
      setProblem(null)
      try {
        const store = await openStore(checked.input)
        chooseStore(store.id)
        void Taro.redirectTo({ url: `/packages/merchant/pages/store-ready/index?storeId=${encodeURIComponent(store.id)}&opened=1` })
      } catch (error) {
        const found = fieldErrorsOf(error)
        if (hasFieldErrors(found)) showErrors(found)
        else setProblem(messageOf(error, '开店失败，请稍后重试'))
      }
    })

  return (
    <View className='console open-store'>
      <View className='steps'>
        {OPEN_STORE_STEPS.map((s, i) => (
          <View key={s.title} className={`steps__step${i <= step ? ' steps__step--on' : ''}`}>
            <Text className='steps__dot'>{i + 1}</Text>
            <Text>{s.title}</Text>
          </View>
        ))}
      </View>
      {problem ? <Text className='console__banner open-store__problem'>{problem}</Text> : null}
      <View className='console__card'>
        <StoreFields form={form} errors={errors} fields={OPEN_STORE_STEPS[step].fields} onChange={(next, edited) => {
            setForm(next)
            setErrors(clearFieldErrors(errors, [edited]))
          }} />
      </View>
      <View className='console__bar'>
        {step > 0 ? (
          <Button className='console__button console__button--ghost open-store__back' onClick={() => setStep(step - 1)}>
            上一步
          </Button>
        ) : null}
        {last ? (
          <Button className='console__button open-store__submit' onClick={() => void submit()}>
            {busy ? '提交中…' : '开店'}
          </Button>
        ) : (
          <Button className='console__button open-store__next' onClick={next}>
            下一步
          </Button>
        )}
      </View>
    </View>
  )
}

export default withPrivacySheet(OpenStorePage)
