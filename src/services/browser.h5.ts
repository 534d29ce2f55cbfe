// H5: the browser the landing page runs in, and leaving for a link (a URL Link hands over to
// WeChat; locally, the link twin redirects to the H5 page).
export function userAgent(): string {
  return typeof navigator === 'undefined' ? '' : navigator.userAgent
}

export function openUrl(url: string): void {
  window.location.href = url
}
