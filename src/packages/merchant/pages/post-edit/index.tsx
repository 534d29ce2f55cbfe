// Write or edit a store post: kind (图文 / 图集 / 视频), title, an article body in the line
// format of src/domain/post.ts, photos (uploaded like product photos), a video address, up to
// five hashtags (changeable after publishing, any number of times) and linked products.
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { Product } from '@/domain/catalog'
import { AppError, messageOf } from '@/domain/errors'
import { clearFieldErrors, fieldErrorsOf, hasFieldErrors, type FieldErrors } from '@/domain/field-errors'
import {
  MAX_POST_BODY_LENGTH,
  MAX_POST_IMAGES,
  MAX_POST_PRODUCTS,
  MAX_POST_TITLE_LENGTH,
  POST_KIND_LABELS,
  POST_KINDS,
  type Post,
  type PostKind,
} from '@/domain/post'
import { postFormProblems, toggleLinkedProduct } from '@/domain/post-form'
import { insertBodyLine } from '@/domain/post-markup'
import { ImagePicker } from '@/components/image-picker'
import { ErrorState } from '@/components/state-views'
import { useBusy } from '@/hooks/use-busy'
import { getPost, savePost } from '@/services/post'
import { FormField } from '../../components/form-field'
import { HashtagEditor } from '../../components/hashtag-editor'
import { useStoreProducts } from '../../components/product-ticks'
import { useStoreId } from '../../components/use-owned-stores'
import { goBackOr } from '@/services/navigation'
import { setPageTitle } from '@/services/page-title'
import { withPrivacySheet } from '@/components/with-privacy-sheet'
import '../../console.css'
import { BodyPreview, BodyTools } from './body-tools'
import './index.css'

interface PostForm {
  kind: PostKind
  title: string
  body: string
  images: string[]
  videoUrl: string
  hashtags: string[]
  productIds: string[]
}

const EMPTY: PostForm = { kind: 'pictures', title: '', body: '', images: [], videoUrl: '', hashtags: [], productIds: [] }

function toForm(post: Post): PostForm {
  return { kind: post.kind, title: post.title, body: post.body, images: post.images, videoUrl: post.videoUrl, hashtags: post.hashtags, productIds: post.productIds }
}

const BODY_HINT = '每行一段，# 开头是小标题；用下面的按钮在光标处插入图片或商品卡片'

function PostEditPage() {
  const storeId = useStoreId()
  const postId = useRouter().params.postId
  const [form, setForm] = useState<PostForm | null>(postId ? null : EMPTY)
  const [loadError, setLoadError] = useState<AppError | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [problem, setProblem] = useState<string | null>(null)
  // Every product of the store: the linked-products chips, the card picker and the preview's cards.
  const { products: storeProducts } = useStoreProducts(storeId, !!storeId)
  const products: Product[] = storeProducts ?? []
  /** Where the body's cursor was last (null: unknown, so insertions go to the end). */
  const cursor = useRef<number | null>(null)
  const [busy, runBusy] = useBusy()

  const load = () => {
    if (!postId) return
    setLoadError(null)
    getPost(postId).then(
      (post) => setForm(toForm(post)),
      (error) => setLoadError(error instanceof AppError ? error : new AppError('INTERNAL')),
    )
  }
  useEffect(load, [postId])
  useEffect(() => {
    setPageTitle(postId ? '编辑动态' : '发布动态')
  }, [postId])

  if (loadError) return <ErrorState error={loadError} onRetry={load} />
  if (!form) return <View className='console' aria-busy='true' />

  const update = (changes: Partial<PostForm>) => {
    setForm({ ...form, ...changes })
    setErrors(clearFieldErrors(errors, Object.keys(changes)))
  }

  const insertLine = (line: string) => {
    const next = insertBodyLine(form.body, line, cursor.current)
    cursor.current = next.cursor
    update({ body: next.body })
  }

  const toggleProduct = (id: string) => {
    const next = toggleLinkedProduct(form.productIds, id)
    if ('error' in next) setErrors({ ...errors, productIds: next.error })
    else update(next)
  }

  const save = () =>
    runBusy(async () => {
      setProblem(null)
      const found = postFormProblems(form)
      if (hasFieldErrors(found)) {
        setErrors(found)
        void Taro.showToast({ title: '请检查标红的内容', icon: 'none' })
        return
      }
      try {
        const saved = await savePost({
          storeId,
          ...(postId ? { postId } : {}),
          kind: form.kind,
          title: form.title,
          body: form.body,
          images: form.images,
          videoUrl: form.kind === 'video' ? form.videoUrl.trim() : '',
          hashtags: form.hashtags,
          productIds: form.productIds,
        })
        setForm(toForm(saved))
        void Taro.showToast({ title: postId ? '已保存' : '已发布', icon: 'success' })
        setTimeout(() => goBackOr(`/packages/merchant/pages/posts/index?storeId=${encodeURIComponent(storeId)}`), 600)
      } catch (error) {
        const fields = fieldErrorsOf(error)
        if (hasFieldErrors(fields)) setErrors(fields)
        else setProblem(messageOf(error, '保存失败，请稍后重试'))
      }
    })

  return (
    <View className='console post-edit'>
      {problem ? <Text className='console__banner post-edit__problem'>{problem}</Text> : null}
      <View className='console__card'>
        <FormField label='类型' error={errors.kind}>
          <View className='choice-chips post-edit__kinds'>
            {POST_KINDS.map((kind) => (
              <Text key={kind} className={`choice-chip post-edit__kind--${kind}${form.kind === kind ? ' choice-chip--on' : ''}`} onClick={() => update({ kind })}>
                {POST_KIND_LABELS[kind]}
              </Text>
            ))}
          </View>
        </FormField>
        <FormField label='标题' error={errors.title} hint={`${Array.from(form.title).length}/${MAX_POST_TITLE_LENGTH}`}>
          <Input className='field__input post-edit__title' value={form.title} placeholder='如：本周新到的粗陶杯' onInput={(e) => update({ title: e.detail.value })} />
        </FormField>
        <FormField
          label={`图片（${form.images.length}/${MAX_POST_IMAGES}）`}
          error={errors.images}
          hint={form.kind === 'pictures' ? '图集需要 1–9 张图片' : form.kind === 'video' ? '第一张作为视频封面' : '显示在正文之后'}
          optional={form.kind !== 'pictures'}
        >
          <ImagePicker value={form.images} max={MAX_POST_IMAGES} onChange={(images) => update({ images })} />
        </FormField>
        {form.kind === 'video' ? (
          <FormField label='视频地址' error={errors.videoUrl} hint='https 开头的视频地址'>
            <Input className='field__input post-edit__video' value={form.videoUrl} placeholder='https://…/video.mp4' onInput={(e) => update({ videoUrl: e.detail.value })} />
          </FormField>
        ) : null}
        <FormField label={form.kind === 'article' ? '正文' : '说明'} error={errors.body} hint={BODY_HINT} optional={form.kind !== 'article'}>
          <Textarea
            className='field__textarea post-edit__body'
            value={form.body}
            placeholder='写点什么…'
            maxlength={MAX_POST_BODY_LENGTH + 50}
            onInput={(e) => {
              cursor.current = typeof e.detail.cursor === 'number' ? e.detail.cursor : e.detail.value.length
              update({ body: e.detail.value })
            }}
            onBlur={(e) => {
              if (typeof e.detail.cursor === 'number') cursor.current = e.detail.cursor
            }}
          />
          <BodyTools products={storeProducts} onInsert={insertLine} />
        </FormField>
        <BodyPreview body={form.body} products={storeProducts} />
      </View>
      <View className='console__card'>
        <HashtagEditor label='动态话题' tags={form.hashtags} error={errors.hashtags} hint='顾客在话题页能看到这条动态，发布后也能修改' onChange={(hashtags) => update({ hashtags })} />
        <FormField label={`关联商品（${form.productIds.length}/${MAX_POST_PRODUCTS}）`} error={errors.productIds} hint='顾客在动态里一键购买' optional>
          <View className='choice-chips post-edit__products'>
            {products.length === 0 ? <Text className='console__muted'>店铺还没有商品</Text> : null}
            {products.map((product) => (
              <Text
                key={product.id}
                className={`choice-chip post-edit__product${form.productIds.includes(product.id) ? ' choice-chip--on' : ''}`}
                onClick={() => toggleProduct(product.id)}
              >
                {product.title}
              </Text>
            ))}
          </View>
        </FormField>
      </View>
      <View className='console__bar'>
        <Button className='console__button post-edit__save' onClick={() => void save()}>
          {busy ? '保存中…' : postId ? '保存' : '发布'}
        </Button>
      </View>
    </View>
  )
}

export default withPrivacySheet(PostEditPage)
