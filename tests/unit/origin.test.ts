import { afterEach, describe, expect, it } from 'vitest'

import { publicOrigin, siteOrigin } from '@/lib/http/origin'

const saved = { server: process.env.NEXT_PUBLIC_SERVER_URL, proxies: process.env.TRUSTED_PROXIES }
afterEach(() => {
  for (const [key, value] of [
    ['NEXT_PUBLIC_SERVER_URL', saved.server],
    ['TRUSTED_PROXIES', saved.proxies],
  ] as const)
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
})

const request = (headers: Record<string, string>, url = 'http://localhost:3000/api/x') => new Request(url, { headers })

describe('publicOrigin', () => {
  it('is NEXT_PUBLIC_SERVER_URL when set, whatever the request says', () => {
    process.env.NEXT_PUBLIC_SERVER_URL = 'https://123digit.be/'
    process.env.TRUSTED_PROXIES = '1'
    const req = request({ host: 'evil.example', 'x-forwarded-host': 'evil.example' })
    expect(publicOrigin(req)).toBe('https://123digit.be')
    expect(siteOrigin()).toBe('https://123digit.be')
  })

  it('uses the Host header and the request scheme, never localhost from request.url', () => {
    delete process.env.NEXT_PUBLIC_SERVER_URL
    delete process.env.TRUSTED_PROXIES
    const req = request({ host: 'site.example:8080', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' })
    expect(publicOrigin(req)).toBe('http://site.example:8080')
    expect(siteOrigin()).toBeNull()
  })

  it('trusts X-Forwarded-Host and -Proto only when TRUSTED_PROXIES counts hops, taking the trusted hop', () => {
    delete process.env.NEXT_PUBLIC_SERVER_URL
    process.env.TRUSTED_PROXIES = '1'
    expect(
      publicOrigin(
        request({ host: 'localhost:3000', 'x-forwarded-host': 'site.example', 'x-forwarded-proto': 'https' }),
      ),
    ).toBe('https://site.example')
    // A client-sent value first, then the one our proxy appended: the proxy's wins.
    expect(
      publicOrigin(
        request({
          host: 'localhost:3000',
          'x-forwarded-host': 'evil.example, site.example',
          'x-forwarded-proto': 'http, https',
        }),
      ),
    ).toBe('https://site.example')
    process.env.TRUSTED_PROXIES = '0'
    expect(publicOrigin(request({ host: 'site.example', 'x-forwarded-host': 'evil.example' }))).toBe(
      'http://site.example',
    )
  })

  it('ignores malformed host values', () => {
    delete process.env.NEXT_PUBLIC_SERVER_URL
    process.env.TRUSTED_PROXIES = '1'
    expect(publicOrigin(request({ host: 'site.example', 'x-forwarded-host': 'evil.example/path' }))).toBe(
      'http://site.example',
    )
    expect(publicOrigin(request({ host: 'site.example', 'x-forwarded-proto': 'javascript' }))).toBe(
      'http://site.example',
    )
    delete process.env.TRUSTED_PROXIES
    expect(publicOrigin(request({ host: 'a b' }))).toBe('http://localhost:3000')
  })
})
