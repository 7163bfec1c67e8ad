import { describe, expect, it } from 'vitest'

import { clientIpFrom, directClient, trustedProxies } from '@/lib/http/clientIpRule'

const withXff = (value?: string) => new Headers(value === undefined ? {} : { 'x-forwarded-for': value })

describe('client address for per-IP limits', () => {
  it('ignores X-Forwarded-For when no proxy is trusted: rotating it changes nothing', () => {
    expect(clientIpFrom(withXff('1.1.1.1'), 0)).toBe(directClient)
    expect(clientIpFrom(withXff('2.2.2.2, 3.3.3.3'), 0)).toBe(directClient)
    expect(clientIpFrom(withXff(), 0)).toBe(directClient)
  })

  it('behind one proxy, takes the entry it appended, whatever the client wrote before it', () => {
    expect(clientIpFrom(withXff('198.51.100.7'), 1)).toBe('198.51.100.7')
    expect(clientIpFrom(withXff('1.1.1.1, 198.51.100.7'), 1)).toBe('198.51.100.7')
    expect(clientIpFrom(withXff('9.9.9.9,8.8.8.8 , 198.51.100.7'), 1)).toBe('198.51.100.7')
  })

  it('behind a CDN and nginx, takes the entry two places from the right', () => {
    expect(clientIpFrom(withXff('6.6.6.6, 198.51.100.7, 203.0.113.1'), 2)).toBe('198.51.100.7')
    expect(clientIpFrom(withXff('198.51.100.7'), 2)).toBe('198.51.100.7')
  })

  it('falls back to the shared bucket when the header is missing or not an address', () => {
    expect(clientIpFrom(withXff(), 1)).toBe(directClient)
    expect(clientIpFrom(withXff(' , '), 1)).toBe(directClient)
    expect(clientIpFrom(withXff('x'.repeat(500)), 1)).toBe(directClient)
  })

  it('reads TRUSTED_PROXIES as a whole number of hops, anything else as none', () => {
    expect(trustedProxies(undefined)).toBe(0)
    expect(trustedProxies('')).toBe(0)
    expect(trustedProxies('1')).toBe(1)
    expect(trustedProxies(' 2 ')).toBe(2)
    expect(trustedProxies('-1')).toBe(0)
    expect(trustedProxies('1.5')).toBe(0)
    expect(trustedProxies('yes')).toBe(0)
  })
})

describe('client address with the peer written by our server', () => {
  const chain = (xff: string | undefined, peer: string) =>
    new Headers({ 'x-digit-peer': peer, ...(xff === undefined ? {} : { 'x-forwarded-for': xff }) })

  it('with no trusted proxy, the socket peer is the client, whatever X-Forwarded-For says', () => {
    expect(clientIpFrom(chain(undefined, '203.0.113.9'), 0)).toBe('203.0.113.9')
    expect(clientIpFrom(chain('1.1.1.1', '203.0.113.9'), 0)).toBe('203.0.113.9')
    expect(clientIpFrom(chain('2.2.2.2, 3.3.3.3', '203.0.113.9'), 0)).toBe('203.0.113.9')
  })

  it('behind nginx, the entry nginx appended is the client, and what the client wrote before it is not', () => {
    expect(clientIpFrom(chain('198.51.100.7', '127.0.0.1'), 1)).toBe('198.51.100.7')
    expect(clientIpFrom(chain('6.6.6.6, 198.51.100.7', '127.0.0.1'), 1)).toBe('198.51.100.7')
  })

  it('a request that skipped the proxy is counted under its own socket address', () => {
    expect(clientIpFrom(chain(undefined, '203.0.113.9'), 1)).toBe('203.0.113.9')
  })
})
