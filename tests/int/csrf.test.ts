import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sameOriginOnly } from '@/lib/http/csrf'

import { createStaff, password } from './support/members'
import { startPayload } from './support/payload'

let payload: Payload
let cookie: string

// The case the issue found: NEXT_PUBLIC_SERVER_URL unset, so Payload's own CSRF list is empty.
delete process.env.NEXT_PUBLIC_SERVER_URL
delete process.env.TRUSTED_PROXIES

beforeAll(async () => {
  payload = await startPayload()
  await createStaff(payload, 'csrf-editor@example.com', 'editor')
  const { token } = await payload.login({
    collection: 'users',
    data: { email: 'csrf-editor@example.com', password },
  })
  cookie = `payload-token=${token}`
}, 120_000)

/** The REST route exactly as app/(payload)/api/[...slug]/route.ts builds it. */
const post = sameOriginOnly(REST_POST(config))
const context = (...slug: string[]) => ({ params: Promise.resolve({ slug }) })

const request = (path: string, headers: Record<string, string>, body: unknown) =>
  new Request(`http://localhost:3000${path}`, {
    method: 'POST',
    headers: { host: 'site.example', 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

describe('cookie-authenticated writes on /api', () => {
  it('are refused from another origin even without NEXT_PUBLIC_SERVER_URL, and accepted from our own host', async () => {
    expect(payload.config.csrf).toEqual([])
    const foreign = await post(
      request('/api/categories', { cookie, origin: 'https://evil.example' }, { name: 'Piégée' }),
      context('categories'),
    )
    expect(foreign.status).toBe(403)
    const own = await post(
      request('/api/categories', { cookie, origin: 'http://site.example' }, { name: 'Légitime' }),
      context('categories'),
    )
    expect(own.status).toBe(201)
    expect((await payload.count({ collection: 'categories', where: { name: { equals: 'Piégée' } } })).totalDocs).toBe(0)
  })

  it('the session cookie is Secure when the public origin is https', async () => {
    process.env.TRUSTED_PROXIES = '1'
    try {
      const login = await post(
        request(
          '/api/users/login',
          { 'x-forwarded-host': 'site.example', 'x-forwarded-proto': 'https' },
          { email: 'csrf-editor@example.com', password },
        ),
        context('users', 'login'),
      )
      expect(login.status).toBe(200)
      const token = login.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
      expect(token).toMatch(/;\s*Secure/i)
    } finally {
      delete process.env.TRUSTED_PROXIES
    }
  })
})
