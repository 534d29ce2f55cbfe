// Response headers that keep the storefront's origin closed to script it did not ship: the
// pages show text strangers wrote (store names, comments, addresses) next to the session in
// localStorage, so a slip in rendering must still not run anything.
import { createHash } from 'node:crypto'

/** JSON answers are data, never a document: nothing loads from them, frames them or sniffs them into HTML. */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
}

/**
 * The hash sources of the inline scripts the build wrote into a page (Taro's rem sizing
 * snippet), so script-src can stay 'self' without 'unsafe-inline'.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = []
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/i.test(attributes)) continue
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return hashes
}

/**
 * The storefront page's policy. Scripts: the build's own files and its inline snippets by hash,
 * never 'unsafe-inline' or eval. Styles: Taro's runtime and components insert <style> elements,
 * hence 'unsafe-inline' for styles only. Photos and videos may be https URLs (the image
 * references the cloud accepts), device picks are blob: (shown, and read to upload), avatars
 * data:. No plugins, no <base>, no framing by other sites.
 */
export function pageContentSecurityPolicy(html: string): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScriptHashes(html)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "media-src 'self' blob: https:",
    "font-src 'self' data:",
    // blob: for reading a picked photo back (fetch(blobUrl)) before it is uploaded.
    "connect-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** Headers for a file the local cloud serves, by its content type. */
export function fileSecurityHeaders(type: string, body: Buffer): Record<string, string> {
  const headers: Record<string, string> = { 'x-content-type-options': 'nosniff' }
  if (type.startsWith('text/html')) headers['content-security-policy'] = pageContentSecurityPolicy(body.toString('utf8'))
  // An SVG opened on its own is a document that could run script: it gets none.
  else if (type.startsWith('image/svg+xml')) headers['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
  return headers
}
