// Live rooms of a store (live subpackage). The live issue fills it with rooms by status.
import { View } from '@tarojs/components'
import { EmptyState } from '@/components/state-views'

export default function LiveIndexPage() {
  return (
    <View className='live-index'>
      <EmptyState title='店铺暂时没有直播' hint='开播后会在这里提醒你' />
    </View>
  )
}
