import { afterEach, describe, expect, it } from 'vitest'

import { configuredOrigin, originContextKey, payloadRequestOrigin, publicOrigin, siteOrigin } from '@/lib/http/origin'

const saved = {
  server: process.env.NEXT_PUBLIC_SERVER_URL,
  proxies: process.env.TRUSTED_PROXIES,
  port: process.env.PORT,
}
afterEach(() => {
  for (const [key, value] of [
    ['NEXT_PUBLIC_SERVER_URL', saved.server],
    ['TRUSTED_PROXIES', saved.proxies],
    ['PORT', saved.port],
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

describe('the origin without a request URL (server actions read headers() only)', () => {
  it('takes the trusted forwarded host and scheme, else the Host header over http', () => {
    delete process.env.NEXT_PUBLIC_SERVER_URL
    process.env.TRUSTED_PROXIES = '1'
    const headers = new Headers({
      host: 'localhost:3000',
      'x-forwarded-host': 'digit.example',
      'x-forwarded-proto': 'https',
    })
    expect(publicOrigin({ headers })).toBe('https://digit.example')
    delete process.env.TRUSTED_PROXIES
    expect(publicOrigin({ headers })).toBe('http://localhost:3000')
    expect(publicOrigin({ headers: new Headers() })).toBe('http://localhost')
  })
})

describe('configuredOrigin (cached pages, work without a request)', () => {
  it('is NEXT_PUBLIC_SERVER_URL, else localhost on PORT for development and tests', () => {
    process.env.NEXT_PUBLIC_SERVER_URL = 'https://123digit.be/some/path'
    expect(configuredOrigin()).toBe('https://123digit.be')
    delete process.env.NEXT_PUBLIC_SERVER_URL
    process.env.PORT = '3999'
    expect(configuredOrigin()).toBe('http://localhost:3999')
    process.env.NEXT_PUBLIC_SERVER_URL = 'not a url'
    expect(siteOrigin()).toBeNull()
  })
})

describe('payloadRequestOrigin (inside a Payload operation, e.g. the reset e-mail)', () => {
  it('prefers what the caller put in the context, then an HTTP request, then the configured origin', () => {
    delete process.env.NEXT_PUBLIC_SERVER_URL
    process.env.TRUSTED_PROXIES = '1'
    process.env.PORT = '3000'
    const overHttp = {
      headers: new Headers({
        host: 'localhost:3000',
        'x-forwarded-host': 'digit.example',
        'x-forwarded-proto': 'https',
      }),
      url: 'http://localhost:3000/api/users/forgot-password',
    }
    expect(payloadRequestOrigin({ ...overHttp, context: { [originContextKey]: 'https://from.caller' } })).toBe(
      'https://from.caller',
    )
    expect(payloadRequestOrigin({ ...overHttp, context: {} })).toBe('https://digit.example')
    // The Local API's made-up request: no headers, a localhost URL; only the configured origin is left.
    expect(payloadRequestOrigin({ headers: new Headers(), url: 'http://localhost/api', context: {} })).toBe(
      'http://localhost:3000',
    )
    expect(payloadRequestOrigin(undefined)).toBe('http://localhost:3000')
  })
})
