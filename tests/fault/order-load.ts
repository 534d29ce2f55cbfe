// A crowd of buyers placing orders over HTTP with several calls in flight, and a kill switch
// pulled once enough orders have been acknowledged. Every outcome is kept, because what the
// crash suite proves is about the difference between what clients were told and what the
// database holds afterwards.
import type { Order } from '../../src/domain/order-types'
import { ADDRESS } from '../support/fixtures'
import { callFn } from './wire'

export interface PlannedOrder {
  buyer: string
  payload: {
    storeId: string
    items: Array<{ skuId: string; quantity: number }>
    address: typeof ADDRESS
    delivery: 'express'
    idempotencyKey: string
  }
}

export interface LoadOutcome {
  /** Answered 200 with the order: the client was promised these exist. */
  acknowledged: Array<{ planned: PlannedOrder; order: Order }>
  /** 4xx answers by error code (OUT_OF_STOCK is expected once small SKUs run out). */
  refused: Record<string, number>
  /** 5xx answers: never acceptable, crash or not. */
  serverErrors: string[]
  /** Sent, but the connection broke before an answer: the client cannot know what happened. */
  unanswered: PlannedOrder[]
  /** Acknowledgements counted when the kill switch was pulled (−1: never pulled). */
  acknowledgedAtKill: number
  /** Orders never sent because the server was gone. */
  notSent: number
}

/** Small deterministic generator, so a failing run can be replayed with the same orders. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * `count` orders by distinct buyers, each with its own idempotency key: one line most of the
 * time, two sometimes, 1–3 units each, SKUs picked by `weights` (index-aligned with skuIds).
 */
export function planOrders(options: { storeId: string; skuIds: string[]; weights: number[]; count: number; seed: number; tag: string }): PlannedOrder[] {
  const next = random(options.seed)
  const total = options.weights.reduce((a, b) => a + b, 0)
  const pickSku = () => {
    let r = next() * total
    for (const [i, w] of options.weights.entries()) if ((r -= w) < 0) return options.skuIds[i]
    return options.skuIds[options.skuIds.length - 1]
  }
  return Array.from({ length: options.count }, (_, i) => {
    const skus = new Set([pickSku()])
    if (next() < 0.3) skus.add(pickSku())
    return {
      buyer: `fault-${options.tag}-buyer-${i}`,
      payload: {
        storeId: options.storeId,
        items: [...skus].map((skuId) => ({ skuId, quantity: 1 + Math.floor(next() * 3) })),
        address: ADDRESS,
        delivery: 'express' as const,
        idempotencyKey: `fault-${options.tag}-${i}`,
      },
    }
  })
}

/**
 * Sends the planned orders with `concurrency` calls in flight and calls `kill` as soon as
 * `killAfterAcks` have been acknowledged; after that nothing new is sent. Returns once every
 * call has an outcome and the kill has completed.
 */
export async function runOrderLoad(
  url: string,
  planned: PlannedOrder[],
  options: { concurrency: number; killAfterAcks: number; kill: () => Promise<void> },
): Promise<LoadOutcome> {
  const outcome: LoadOutcome = { acknowledged: [], refused: {}, serverErrors: [], unanswered: [], acknowledgedAtKill: -1, notSent: 0 }
  let nextIndex = 0
  let killing: Promise<void> | null = null

  async function worker(): Promise<void> {
    while (!killing && nextIndex < planned.length) {
      const order = planned[nextIndex++]
      try {
        const answer = await callFn<Order>(url, 'order', 'create', order.payload, order.buyer)
        if (answer.body.ok) outcome.acknowledged.push({ planned: order, order: answer.body.data })
        else if (answer.status >= 500) outcome.serverErrors.push(`${answer.status} ${JSON.stringify(answer.body.error)}`)
        else outcome.refused[answer.body.error.code] = (outcome.refused[answer.body.error.code] ?? 0) + 1
      } catch {
        outcome.unanswered.push(order)
      }
      if (!killing && outcome.acknowledged.length >= options.killAfterAcks) {
        outcome.acknowledgedAtKill = outcome.acknowledged.length
        killing = options.kill()
      }
    }
  }

  await Promise.all(Array.from({ length: options.concurrency }, worker))
  await killing
  outcome.notSent = planned.length - nextIndex
  return outcome
}
