// Share to friends and to Moments from a page, with the attribution query and the sharer.
// Pages also need `enableShareAppMessage` and `enableShareTimeline` in their config. The live
// room page can use it as it is: useEntryShare({ target: { kind: 'room', roomId, storeId }, title }).
import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { useRef } from 'react'
import { shareAppMessage, shareTimeline, type ShareContent } from '@/domain/entry-share'
import { useEntry } from '@/store/entry'

/** `content` may be null while the page loads; WeChat then shares the plain page. */
export function useEntryShare(content: ShareContent | null, fallback: ShareContent): void {
  const latest = useRef(content)
  latest.current = content
  useShareAppMessage(() => shareAppMessage(latest.current ?? fallback, useEntry.getState().sharer))
  useShareTimeline(() => shareTimeline(latest.current ?? fallback, useEntry.getState().sharer))
}
