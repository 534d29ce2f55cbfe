import { clientKeyOf } from './client-address'

describe('clientKeyOf', () => {
  it('keeps IPv4 addresses, IPv4-mapped ones included', () => {
    expect(clientKeyOf('203.0.113.7')).toBe('203.0.113.7')
    expect(clientKeyOf('::ffff:203.0.113.7')).toBe('203.0.113.7')
  })

  it('counts IPv6 addresses by their /64, however they are written', () => {
    expect(clientKeyOf('2001:db8:0:1::1')).toBe('2001:db8:0:1::/64')
    expect(clientKeyOf('2001:0DB8:0000:0001:ffff:1:2:3')).toBe('2001:db8:0:1::/64')
    expect(clientKeyOf('2001:db8::5')).toBe('2001:db8:0:0::/64')
    expect(clientKeyOf('::1')).toBe('0:0:0:0::/64')
  })

  it('puts missing and unreadable addresses under one key', () => {
    expect(clientKeyOf(undefined)).toBe('unknown')
    expect(clientKeyOf('')).toBe('unknown')
    expect(clientKeyOf('not an address')).toBe('unknown')
  })
})
