// The store's posts, newest first: edit one (hashtags too, any number of times), delete one,
// or write a new one.
import { Button, Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { formatDateTime } from '@/domain/display-time'
import { POST_KIND_LABELS, postCover, type Post } from '@/domain/post'
import { EmptyState, ErrorState } from '@/components/state-views'
import { useListPage } from '@/hooks/use-list-page'
import { usePagedList } from '@/hooks/use-paged-list'
import { assetUrl } from '@/services/config'
import { deletePost, listPosts } from '@/services/post'
import { useStoreId } from '../../components/use-owned-stores'
import { toastError } from '@/services/toast'
import '../../console.css'
import './index.css'

function PostRow(props: { post: Post; onEdit(): void; onDelete(): void }) {
  const { post } = props
  const cover = postCover(post)
  return (
    <View className='console__card post-row'>
      <View className='post-row__main' onClick={props.onEdit}>
        {cover ? <Image className='post-row__image' src={assetUrl(cover)} mode='aspectFill' /> : <View className='post-row__image' />}
        <View className='post-row__text'>
          <Text className='post-row__title'>{post.title}</Text>
          <Text className='post-row__tags'>{post.hashtags.map((tag) => `#${tag}`).join(' ') || '未加话题'}</Text>
          <Text className='console__muted'>
            {POST_KIND_LABELS[post.kind]} · ♥ {post.likes} · 评论 {post.comments} · {formatDateTime(post.createdAt)}
          </Text>
        </View>
      </View>
      <View className='post-row__actions'>
        <Text className='console__link post-row__edit' onClick={props.onEdit}>
          编辑
        </Text>
        <Text className='console__link post-row__delete' onClick={props.onDelete}>
          删除
        </Text>
      </View>
    </View>
  )
}

export default function PostsPage() {
  const storeId = useStoreId()
  const list = usePagedList((cursor) => listPosts({ storeId, cursor }), [storeId])

  // Coming back from the editor shows what was saved.
  useListPage(list, { refreshOnReturn: true })

  const edit = (postId?: string) =>
    void Taro.navigateTo({
      url: `/packages/merchant/pages/post-edit/index?storeId=${encodeURIComponent(storeId)}${postId ? `&postId=${encodeURIComponent(postId)}` : ''}`,
    })

  const remove = async (post: Post) => {
    const { confirm } = await Taro.showModal({ title: '删除这条动态？', content: '删除后顾客将看不到它和它的评论', confirmText: '删除', confirmColor: '#e4393c' })
    if (!confirm) return
    try {
      await deletePost(storeId, post.id)
      void Taro.showToast({ title: '已删除', icon: 'success' })
      await list.refresh()
    } catch (error) {
      toastError(error, '删除失败')
    }
  }

  return (
    <View className='console posts'>
      {list.status === 'error' && list.items.length === 0 && list.error ? <ErrorState error={list.error} onRetry={list.retry} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? <EmptyState title='还没有动态' hint='发一篇上新图文、一组照片或一段视频吧' /> : null}
      {list.items.map((post) => (
        <PostRow key={post.id} post={post} onEdit={() => edit(post.id)} onDelete={() => void remove(post)} />
      ))}
      {list.status === 'loading_more' ? <Text className='console__hint posts__more'>加载中…</Text> : null}
      <View className='console__bar'>
        <Button className='console__button posts__new' onClick={() => edit()}>
          + 发布动态
        </Button>
      </View>
    </View>
  )
}
