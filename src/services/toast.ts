// The one way a failed action is reported in a toast: the error's own message when it is ours.
import Taro from '@tarojs/taro'
import { AppError, messageOf } from '@/domain/errors'

export function toastError(error: unknown, fallback: string): void {
  // The hand-off sheet is already showing what to do instead.
  if (error instanceof AppError && error.code === 'HANDED_OFF') return
  void Taro.showToast({ title: messageOf(error, fallback), icon: 'none' })
}
