// The one way a failed action is reported in a toast: the error's own message when it is ours.
import Taro from '@tarojs/taro'
import { messageOf } from '@/domain/errors'

export function toastError(error: unknown, fallback: string): void {
  void Taro.showToast({ title: messageOf(error, fallback), icon: 'none' })
}
