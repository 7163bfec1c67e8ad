import { describe, expect, it } from 'vitest'

import { contentSecurityPolicy, securityHeaders } from '@/lib/http/securityHeaders.mjs'

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.split(' ')
    .slice(1) ?? []

describe('security headers', () => {
  it('send nosniff, a referrer policy and no framing', () => {
    const headers = Object.fromEntries(securityHeaders().map(({ key, value }) => [key, value]))
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['X-Frame-Options']).toBe('DENY')
    expect(directive(headers['Content-Security-Policy']!, 'frame-ancestors')).toEqual(["'none'"])
  })

  it('allow Mapbox hosts only with a token, never eval in production, third parties on /admin only', () => {
    const site = contentSecurityPolicy()
    expect(site).not.toContain('mapbox')
    expect(site).not.toContain('jsdelivr')
    expect(directive(site, 'script-src')).not.toContain("'unsafe-eval'")
    expect(directive(site, 'worker-src')).toContain('blob:')
    expect(directive(site, 'object-src')).toEqual(["'none'"])
    expect(directive(contentSecurityPolicy({ mapboxToken: 'pk.x' }), 'connect-src')).toContain('https://api.mapbox.com')
    expect(directive(contentSecurityPolicy({ admin: true }), 'script-src')).toContain('https://cdn.jsdelivr.net')
  })
})
