import { afterEach, describe, expect, it } from 'vitest'

import { isCrossOriginCookieWrite } from '@/lib/http/csrf'

const saved = process.env.NEXT_PUBLIC_SERVER_URL
afterEach(() => {
  if (saved === undefined) delete process.env.NEXT_PUBLIC_SERVER_URL
  else process.env.NEXT_PUBLIC_SERVER_URL = saved
})

const request = (method: string, headers: Record<string, string>) =>
  new Request('http://localhost:3000/api/categories', { method, headers: { host: 'site.example', ...headers } })
const cookie = { cookie: 'payload-token=abc' }

describe('isCrossOriginCookieWrite', () => {
  it('refuses a cookie-authenticated write from another origin, with or without NEXT_PUBLIC_SERVER_URL', () => {
    delete process.env.NEXT_PUBLIC_SERVER_URL
    expect(isCrossOriginCookieWrite(request('POST', { ...cookie, origin: 'https://evil.example' }))).toBe(true)
    expect(isCrossOriginCookieWrite(request('DELETE', { ...cookie, origin: 'null' }))).toBe(true)
    expect(isCrossOriginCookieWrite(request('PATCH', { ...cookie, 'sec-fetch-site': 'cross-site' }))).toBe(true)
    process.env.NEXT_PUBLIC_SERVER_URL = 'https://123digit.be'
    expect(isCrossOriginCookieWrite(request('POST', { ...cookie, origin: 'http://site.example' }))).toBe(true)
  })

  it('lets same-origin writes, reads, and token (non-cookie) clients through', () => {
    delete process.env.NEXT_PUBLIC_SERVER_URL
    expect(isCrossOriginCookieWrite(request('POST', { ...cookie, origin: 'http://site.example' }))).toBe(false)
    expect(isCrossOriginCookieWrite(request('POST', { ...cookie }))).toBe(false)
    expect(isCrossOriginCookieWrite(request('GET', { ...cookie, origin: 'https://evil.example' }))).toBe(false)
    expect(isCrossOriginCookieWrite(request('POST', { origin: 'https://evil.example' }))).toBe(false)
    process.env.NEXT_PUBLIC_SERVER_URL = 'https://123digit.be'
    expect(isCrossOriginCookieWrite(request('POST', { ...cookie, origin: 'https://123digit.be' }))).toBe(false)
  })
})
