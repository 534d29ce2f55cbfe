// Local twin of security.mediaCheckAsync v2 with WeChat's asynchronous shape: checkImage answers
// with a trace id at once, and the verdict is pushed later as a wxa_media_check event — when
// deliver() is called (tests), or after `autoDeliverMs` (the local server). The verdict is
// deterministic: an image whose address contains "risky" is risky (label 20002), one with
// "review" goes to review, anything else passes.
import { randomBytes } from 'node:crypto'
import type { ContentVerdict, MediaCheckAdapter, MediaCheckEvent, MediaCheckRequest } from '../platform'

export type MediaCheckReceiver = (event: MediaCheckEvent) => Promise<void>

export interface LocalMediaCheck extends MediaCheckAdapter {
  /** Pushes every verdict not pushed yet to the receiver, oldest first; answers how many. */
  deliver(): Promise<number>
  /** Where verdicts go, as 消息推送 names one cloud function on WeChat. */
  receive(receiver: MediaCheckReceiver): void
  /** Verdicts waiting to be pushed. */
  pending(): readonly MediaCheckEvent[]
  /** Drops every verdict waiting, as a push WeChat never delivers; answers what was dropped. */
  lose(): MediaCheckEvent[]
}

export function localVerdictOf(image: string): ContentVerdict {
  const name = image.toLowerCase()
  if (name.includes('risky')) return { suggest: 'risky', label: 20002 }
  if (name.includes('review')) return { suggest: 'review', label: 21000 }
  return { suggest: 'pass', label: 100 }
}

function eventOf(request: MediaCheckRequest, traceId: string): MediaCheckEvent {
  const result = localVerdictOf(request.image)
  return {
    ToUserName: 'gh_localtwin',
    FromUserName: request.openid,
    CreateTime: Math.floor(Date.now() / 1000),
    MsgType: 'event',
    Event: 'wxa_media_check',
    appid: 'wxlocaltwin',
    trace_id: traceId,
    version: 2,
    result,
    detail: [{ strategy: 'content_model', errcode: 0, suggest: result.suggest, label: result.label, prob: 90 }],
    errcode: 0,
    errmsg: 'ok',
  }
}

export function localMediaCheck(options: { autoDeliverMs?: number } = {}): LocalMediaCheck {
  const queue: MediaCheckEvent[] = []
  let receiver: MediaCheckReceiver | null = null

  async function deliver(): Promise<number> {
    let delivered = 0
    while (receiver && queue.length > 0) {
      const event = queue[0]
      try {
        await receiver(event)
      } catch (error) {
        // WeChat gives up on a push that fails; the twin keeps it for the next deliver().
        console.warn('[media-check twin] push failed:', (error as Error).message)
        return delivered
      }
      queue.shift()
      delivered += 1
    }
    return delivered
  }

  return {
    async checkImage(request) {
      const traceId = `local-${randomBytes(8).toString('hex')}`
      queue.push(eventOf(request, traceId))
      if (options.autoDeliverMs !== undefined) setTimeout(() => void deliver(), options.autoDeliverMs).unref()
      return { traceId }
    },
    deliver,
    receive(next) {
      receiver = next
    },
    pending: () => queue,
    lose: () => queue.splice(0),
  }
}
