// Which "client" a network address stands for, for limits on calls that carry no identity.
import { isIP } from 'node:net'

/**
 * The key one client is counted under: an IPv4 address as is; an IPv6 address by its /64
 * network, since one subscriber is handed a whole /64 and could otherwise pick a fresh address
 * for every call. Unknown or unreadable addresses share one key, so they are limited together.
 */
export function clientKeyOf(address: string | undefined): string {
  const ip = address?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '') ?? ''
  const kind = isIP(ip)
  if (kind === 4) return ip
  if (kind !== 6) return 'unknown'
  const [head, tail = ''] = ip.toLowerCase().split('::')
  const front = head ? head.split(':') : []
  const back = tail ? tail.split(':') : []
  const groups = ip.includes('::') ? [...front, ...Array(8 - front.length - back.length).fill('0'), ...back] : front
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`
}
