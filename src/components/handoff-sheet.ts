// The hand-off sheet of the production web build: what a web visitor sees instead of a login
// error when an action needs a WeChat identity. It keeps what they chose (the checkout lines, or
// the page they are on) under a hand-off code and offers the Mini Program at the same page: the
// URL Link on a phone and in WeChat's own browser (with Weibo's "open in browser" guide, since
// Weibo's in-app browser may refuse to hand over), the page's Mini Program code on a desktop.
// Plain DOM, loaded on first use only, so it costs the home page nothing; web build only.
import Taro from '@tarojs/taro'
import { callCloud } from '@/services/cloud'
import { assetUrl } from '@/services/config'
import { ENTRY_PAGES } from '@/domain/entry-codec'
import type { HandoffLine } from '@/domain/handoff'
import { useCheckout } from '@/store/checkout'
import { currentEntry } from '@/store/entry'
import { useLastStore } from '@/store/last-store'

const CHECKOUT_PAGE = 'packages/order/pages/checkout/index'

interface Choice {
  storeId?: string
  productId?: string
  lines: HandoffLine[]
}

/** What the visitor chose, read from where they are: checkout's lines, else the page's ids. */
function currentChoice(): Choice {
  const router = Taro.getCurrentInstance().router
  const path = (router?.path ?? '').replace(/^\/+/, '').split('?')[0]
  const params = (router?.params ?? {}) as Record<string, string | undefined>
  const draft = useCheckout.getState().draft
  if (path.startsWith(CHECKOUT_PAGE) && draft) {
    return {
      storeId: draft.storeId,
      productId: draft.source === 'buy_now' ? draft.lines[0]?.productId : undefined,
      lines: draft.lines.map((line) => ({ skuId: line.skuId, quantity: line.quantity })),
    }
  }
  const productId = params.productId ?? (path.startsWith(ENTRY_PAGES.product) ? params.id : undefined)
  return { storeId: params.storeId ?? useLastStore.getState().storeId ?? undefined, productId, lines: [] }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, style: Partial<CSSStyleDeclaration>, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  Object.assign(node.style, style)
  if (text) node.textContent = text
  return node
}

let open: HTMLElement | null = null

export async function openHandoffSheet(): Promise<void> {
  if (open) return
  const ua = navigator.userAgent
  const inWeibo = /Weibo/i.test(ua)
  const phone = /Mobi|Android|iPhone|iPad|MicroMessenger|Weibo/i.test(ua)
  const entry = currentEntry()
  const choice = currentChoice()

  const backdrop = el('div', { position: 'fixed', inset: '0', background: 'rgba(0,0,0,.45)', zIndex: '10000', display: 'flex', alignItems: 'flex-end', justifyContent: 'center' })
  backdrop.className = 'handoff-sheet'
  const sheet = el('div', { background: '#fff', width: '100%', maxWidth: '480px', borderRadius: '12px 12px 0 0', padding: '20px 16px 28px', boxSizing: 'border-box', textAlign: 'center', fontSize: '15px', color: '#222' })
  sheet.append(el('div', { fontSize: '17px', fontWeight: '600', marginBottom: '8px' }, '在微信中继续'))
  const note = el('div', { color: '#666', marginBottom: '16px', lineHeight: '1.5' }, '下单、领券、接龙、客服和评论需要在微信小程序中完成，已为你保留所选商品。')
  sheet.append(note)
  const body = el('div', { minHeight: '48px' }, '正在准备…')
  sheet.append(body)
  const close = el('button', { marginTop: '16px', border: 'none', background: 'none', color: '#888', fontSize: '14px' }, '稍后再说')
  close.className = 'handoff-close'
  close.onclick = () => {
    backdrop.remove()
    open = null
  }
  sheet.append(close)
  backdrop.append(sheet)
  document.body.append(backdrop)
  open = backdrop

  try {
    const made = await callCloud('entry', 'createHandoff', {
      ...(choice.storeId ? { storeId: choice.storeId } : {}),
      ...(choice.productId ? { productId: choice.productId } : {}),
      lines: choice.lines,
      source: inWeibo || entry?.source === 'weibo' ? 'weibo' : 'web',
      ...(entry?.campaign ? { campaign: entry.campaign } : {}),
      ...(entry?.sharer ? { sharer: entry.sharer } : {}),
      device: phone ? 'phone' : 'desktop',
    })
    body.textContent = ''
    if (made.image && !phone) {
      const img = el('img', { width: '200px', height: '200px' })
      img.className = 'handoff-code'
      img.alt = '小程序码'
      img.src = assetUrl(made.image)
      body.append(img, el('div', { color: '#666', marginTop: '8px' }, '用微信扫一扫，在小程序中继续'))
      return
    }
    const link = el('a', { display: 'block', background: '#057a3d', color: '#fff', borderRadius: '8px', padding: '12px', textDecoration: 'none', fontWeight: '600' }, '在微信中继续')
    link.className = 'handoff-open'
    link.href = made.url
    body.append(link)
    if (inWeibo) {
      body.append(el('div', { color: '#666', marginTop: '12px', lineHeight: '1.5' }, '微博内打不开时：点右上角 ··· → 用浏览器打开，或复制链接到浏览器'))
    }
    const copy = el('div', { color: '#576b95', marginTop: '10px', wordBreak: 'break-all', fontSize: '12px' }, made.url)
    copy.className = 'handoff-url'
    body.append(copy)
  } catch {
    body.textContent = '暂时无法生成链接，请稍后再试'
  }
}
