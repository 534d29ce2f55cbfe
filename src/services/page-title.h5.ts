// H5: Taro's router writes the navigation bar title with innerHTML, and writes it again from
// its cache whenever the page shows, so a store called <img src=x onerror=…> would run script.
// The bar is handed the title escaped, which innerHTML turns back into exactly the text; the
// tab title (document.title is text, never markup) gets the raw title.
import Taro from '@tarojs/taro'

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** The text as HTML that displays it literally. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c])
}

/** Escaped titles the router may put back into document.title, with the text they stand for. */
const rawOf = new Map<string, string>()
let listening = false

function restoreTabTitle(): void {
  const raw = rawOf.get(document.title)
  if (raw !== undefined) document.title = raw
}

export function setPageTitle(title: string): void {
  if (!title) return
  const escaped = escapeMarkup(title)
  void Taro.setNavigationBarTitle({ title: escaped }).catch(() => undefined)
  if (typeof document === 'undefined') return
  document.title = title
  if (escaped === title) return
  if (rawOf.size > 100) rawOf.clear()
  rawOf.set(escaped, title)
  if (!listening) {
    listening = true
    // Showing a page again, the router sets document.title from its cache (the escaped text).
    Taro.eventCenter?.on('__afterTaroRouterChange', restoreTabTitle)
  }
}
