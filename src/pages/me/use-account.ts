// What the 我的 page shows and changes: the profile, order counts, and the session. Reloads
// when the page shows again and when the development identity changes.
import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { normalizeNickname, type User } from '@/domain/account'
import { AppError } from '@/domain/errors'
import { fetchMe, logout as logoutCall, updateProfile } from '@/services/auth'
import { uploadAvatar } from '@/services/avatar-upload'
import { fetchOrderCounts, type OrderCounts } from '@/services/order-counts'
import { forgetPersonalData } from '@/store/personal-storage'
import { ensurePrivacyConsent } from '@/store/privacy'
import { useSession } from '@/store/session'

function asAppError(error: unknown): AppError {
  return error instanceof AppError ? error : new AppError('INTERNAL')
}

function toast(title: string): void {
  void Taro.showToast({ title, icon: 'none' })
}

export function useAccount() {
  const devOpenid = useSession((state) => state.devOpenid)
  const [user, setUser] = useState<User | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [counts, setCounts] = useState<OrderCounts | null>(null)
  const generation = useRef(0)

  const load = useCallback(async () => {
    const mine = ++generation.current
    const [me, orderCounts] = await Promise.allSettled([fetchMe(), fetchOrderCounts()])
    if (mine !== generation.current) return
    if (me.status === 'fulfilled') {
      setUser(me.value)
      setError(null)
    } else setError(asAppError(me.reason))
    setCounts(orderCounts.status === 'fulfilled' ? orderCounts.value : null)
  }, [])

  // Loads whenever the page shows, and again for another development identity.
  useDidShow(() => void load())
  const shownIdentity = useRef(devOpenid)
  useEffect(() => {
    if (shownIdentity.current === devOpenid) return
    shownIdentity.current = devOpenid
    setUser(null)
    void load()
  }, [devOpenid, load])

  async function saveProfile(patch: { nickname?: string; avatarUrl?: string }, done: string): Promise<boolean> {
    if (!(await ensurePrivacyConsent())) {
      toast('同意隐私保护指引后才能保存资料')
      return false
    }
    try {
      setUser(await updateProfile(patch))
      toast(done)
      return true
    } catch (failure) {
      toast(asAppError(failure).message)
      return false
    }
  }

  async function saveNickname(draft: string): Promise<boolean> {
    const nickname = normalizeNickname(draft)
    if (nickname === null) {
      if (draft.trim()) toast('昵称应为 1–20 个字')
      return false
    }
    if (nickname === user?.nickname) return true
    return saveProfile({ nickname }, '昵称已保存')
  }

  async function saveAvatar(localPath: string): Promise<void> {
    try {
      const avatarUrl = await uploadAvatar(localPath)
      await saveProfile({ avatarUrl }, '头像已更新')
    } catch (failure) {
      toast(asAppError(failure).message)
    }
  }

  async function logout(): Promise<void> {
    try {
      await logoutCall()
    } finally {
      // Whatever the cloud said, this device forgets the session and what this person kept on
      // it (cart, addresses, searches), and starts as someone new.
      forgetPersonalData()
      useSession.getState().clearSession({ newDevice: true })
      toast('已退出登录')
    }
  }

  return { user, error, counts, reload: load, saveNickname, saveAvatar, logout }
}
