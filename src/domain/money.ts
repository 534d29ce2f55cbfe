// Money is integer fen (分) everywhere; this is the one place that turns it into text and back.

/** Formats fen as the shopper reads it: 1290 → "¥12.90", -50 → "-¥0.50". */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`金额必须是整数分: ${fen}`)
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
  const cents = String(abs % 100).padStart(2, '0')
  return `${sign}¥${yuan}.${cents}`
}

/** Fen as a plain amount in yuan for spreadsheets: 1290 → "12.90", -50 → "-0.50". */
export function formatYuan(fen: number): string {
  return formatFen(fen).replace('¥', '')
}

/** "¥9.90" or "¥9.90-¥19.90" for products whose SKUs differ in price. */
export function formatFenRange(prices: readonly number[]): string {
  if (prices.length === 0) return ''
  const low = Math.min(...prices)
  const high = Math.max(...prices)
  return low === high ? formatFen(low) : `${formatFen(low)}-${formatFen(high)}`
}

/**
 * Parses what a merchant types in yuan ("12", "12.9", "¥12.90") into fen, exactly, without
 * floating point. Returns null for anything that is not a non-negative amount with at most
 * two decimals.
 */
export function parseYuan(input: string): number | null {
  const text = input.trim().replace(/^[¥￥]/, '').trim()
  const match = /^(\d{1,9})(?:\.(\d{0,2}))?$/.exec(text)
  if (!match) return null
  const yuan = Number(match[1])
  const cents = Number((match[2] ?? '').padEnd(2, '0'))
  return yuan * 100 + cents
}
