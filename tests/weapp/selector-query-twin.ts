// WeChat's wx.createSelectorQuery for miniprogram-simulate, whose own mock returns undefined
// from select() (so `.select(x).boundingClientRect(cb)` throws where WeChat works).
// Like WeChat: select/selectAll/selectViewport return a NodesRef, boundingClientRect/fields/
// scrollOffset queue a request and return the query, exec() answers asynchronously, in order,
// each callback with its result (null for a node that is not on the page). jsdom has no
// layout, so rects are jsdom's zeros.

import { createCanvasTwin, type CanvasTwin } from './canvas-twin'

type Callback = (result: unknown) => void

const canvases = new WeakMap<Element, CanvasTwin>()

/** The canvas node of a <canvas> element, the same one every time it is asked for. */
export function canvasOf(el: Element): CanvasTwin {
  let canvas = canvases.get(el)
  if (!canvas) canvases.set(el, (canvas = createCanvasTwin()))
  return canvas
}

interface Request { resolve: () => unknown; callback?: Callback }

/** Finds nodes by selector in the simulated page, whose classes simulate prefixes (`a` → `page--a`). */
type Finder = (selector: string) => Element[]

function rectOf(el: Element) {
  const { top, right, bottom, left, width, height } = el.getBoundingClientRect()
  return { id: el.id, dataset: { ...(el as HTMLElement).dataset }, top, right, bottom, left, width, height }
}

export function createSelectorQueryTwin(find: Finder) {
  return function createSelectorQuery() {
    const requests: Request[] = []
    const query = {
      in: () => query,
      select: (selector: string) => nodesRef(() => find(selector).slice(0, 1), false),
      selectAll: (selector: string) => nodesRef(() => find(selector), true),
      selectViewport: () => nodesRef(() => [], false, true),
      exec(callback?: (results: unknown[]) => void) {
        setTimeout(() => {
          const results = requests.map((r) => {
            const value = r.resolve()
            r.callback?.(value)
            return value
          })
          callback?.(results)
        }, 0)
        return query
      },
    }
    function nodesRef(nodes: () => Element[], all: boolean, viewport = false) {
      const add = (map: (el: Element) => unknown, callback?: Callback) => {
        requests.push({
          callback,
          resolve: () => {
            if (viewport) return { top: 0, left: 0, scrollTop: 0, scrollLeft: 0, width: window.innerWidth, height: window.innerHeight }
            const found = nodes().map(map)
            return all ? found : (found[0] ?? null)
          },
        })
        return query
      }
      return {
        boundingClientRect: (cb?: Callback) => add(rectOf, cb),
        // A 2D canvas asked for its node answers WeChat's Canvas object (canvas-twin.ts), one per element.
        fields: (fields: { node?: boolean } | undefined, cb?: Callback) =>
          add((el) => (fields?.node && /canvas/i.test(el.tagName) ? { ...rectOf(el), node: canvasOf(el) } : rectOf(el)), cb),
        scrollOffset: (cb?: Callback) => add((el) => ({ id: el.id, scrollTop: 0, scrollLeft: 0 }), cb),
      }
    }
    return query
  }
}

/**
 * A finder over a simulated component's DOM, trying the plain and simulate-prefixed class. Ids
 * live on simulate's component nodes, not in the DOM it renders: `#id` asks the component tree.
 */
export function domFinder(root: () => Element | undefined, byId: (selector: string) => Element | undefined = () => undefined): Finder {
  return (selector) => {
    const dom = root()
    if (!dom) return []
    const plain = Array.from(dom.querySelectorAll(selector))
    if (plain.length === 0 && /^#[\w-]+$/.test(selector)) {
      const found = byId(selector)
      return found ? [found] : []
    }
    if (plain.length > 0 || !/^\.[\w-]+$/.test(selector)) return plain
    return Array.from(dom.querySelectorAll(`[class*="--${selector.slice(1)}"]`)).filter((el) =>
      Array.from(el.classList).some((c) => c.endsWith(`--${selector.slice(1)}`)))
  }
}
