// H5: resolves after the window's load event, when the browser is next idle, so a request that
// can wait (the visit report) does not compete with the page's own scripts, data and photos on
// a slow phone network.
export function afterPageLoad(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => {
      if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => resolve(), { timeout: 2000 })
      else setTimeout(resolve, 0)
    }
    if (document.readyState === 'complete') idle()
    else window.addEventListener('load', idle, { once: true })
  })
}
