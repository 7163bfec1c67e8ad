import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { activitiesEndpoint, callsPerMinute, statisticsEndpoint } from '@/lib/statistics/api'
import { authenticateApiKey, hashOf, listApiKeys } from '@/lib/statistics/apiKeys'
import { createApiKey, maxActiveKeys } from '@/lib/statistics/create-api-key'
import { revokeApiKey } from '@/lib/statistics/revoke-api-key'
import type { Member, User } from '@/payload-types'

import { createActivities } from '@/tests/int/support/activities'
import { createMember, createStaff, createStructure } from '@/tests/int/support/members'
import { startPayload } from '@/tests/int/support/payload'

/** API keys (lib/statistics/apiKeys.ts and its use cases) and the open API that reads with them. */
let payload: Payload
let home: number
let other: number
let referent: Member & { collection: 'members' }
let colleague: Member & { collection: 'members' }
let otherReferent: Member & { collection: 'members' }
let staff: User & { collection: 'users' }

const bearer = (secret: string, path = '/api/v1/statistics') =>
  new Request(`http://localhost:3000${path}`, { headers: { authorization: `Bearer ${secret}` } })
const makeKey = async (actor: Parameters<typeof createApiKey>[0]['actor'], name = 'Tableau de bord') => {
  const result = await createApiKey({ payload, actor, input: { name } })
  if (!result.ok) throw result.error
  return result.value
}

beforeAll(async () => {
  payload = await startPayload()
  home = (await createStructure(payload, 'Clés Namur')).id
  other = (await createStructure(payload, 'Clés Liège', '4000', 'Liège')).id
  referent = await createMember(payload, {
    name: 'Rita',
    profile: 'aidant',
    email: 'keys.referent@example.com',
    structure: home,
    structureRole: 'referent',
  })
  colleague = await createMember(payload, {
    name: 'Colin',
    profile: 'aidant',
    email: 'keys.member@example.com',
    structure: home,
    structureRole: 'member',
  })
  otherReferent = await createMember(payload, {
    name: 'Odile',
    profile: 'aidant',
    email: 'keys.other@example.com',
    structure: other,
    structureRole: 'referent',
  })
  staff = await createStaff(payload, 'keys.staff@example.com', 'editor')
  const day = (i: number) => `2026-0${1 + (i % 6)}-1${i % 10}T10:00:00.000Z`
  await createActivities(payload, 12, (i) => ({
    structure: home,
    aidant: referent.id,
    date: day(i),
    personCode: `code-${i}`,
    notes: 'note secrète',
    beneficiary: { gender: i % 2 ? 'female' : 'male', ageBand: '25-39' },
  }))
  await createActivities(payload, 6, (i) => ({ structure: other, aidant: otherReferent.id, date: day(i) }))
})

describe('createApiKey', () => {
  it('gives a référent a key of their structure, shown once, stored as its SHA-256 only', async () => {
    const key = await makeKey(referent)
    expect(key.secret).toMatch(/^dg_[A-Za-z0-9_-]{43}$/)
    expect(key.prefix).toBe(key.secret.slice(0, 10))
    const stored = await payload.findByID({
      collection: 'api-keys',
      id: key.id,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
    })
    expect(stored).toMatchObject({
      scope: 'structure',
      structure: home,
      keyHash: hashOf(key.secret),
      prefix: key.prefix,
    })
    expect(JSON.stringify(stored)).not.toContain(key.secret)
    expect(stored.createdBy).toMatchObject({ relationTo: 'members' })
  })

  it('gives staff a platform key', async () => {
    const key = await makeKey(staff, 'Plateforme')
    const stored = await payload.findByID({ collection: 'api-keys', id: key.id, depth: 0, overrideAccess: true })
    expect(stored).toMatchObject({ scope: 'platform', structure: null })
  })

  it('refuses an aidant who is not référent, an apprenant and a visitor', async () => {
    const learner = await createMember(payload, { name: 'Léo', profile: 'apprenant', username: 'keys.leo' })
    for (const actor of [colleague, learner, null]) {
      const result = await createApiKey({ payload, actor, input: { name: 'x' } })
      expect(result.ok ? 'ok' : result.error.kind).toBe('not-allowed')
    }
  })

  it('wants a name of a sane length', async () => {
    for (const [name, error] of [
      ['   ', 'required'],
      ['x'.repeat(151), 'tooLong'],
    ]) {
      const result = await createApiKey({ payload, actor: referent, input: { name: name! } })
      expect(result.ok ? null : result.error.fields).toEqual({ name: error })
    }
  })

  it(`stops at ${maxActiveKeys} active keys per structure`, async () => {
    const before = (await listApiKeys(payload, otherReferent)).length
    for (let i = before; i < maxActiveKeys; i++) await makeKey(otherReferent, `k${i}`)
    const result = await createApiKey({ payload, actor: otherReferent, input: { name: 'one too many' } })
    expect(result.ok ? null : result.error.fields).toEqual({ name: 'tooManyKeys' })
    // Revoking one makes room again.
    const [first] = await listApiKeys(payload, otherReferent)
    await revokeApiKey({ payload, actor: otherReferent, input: { id: first!.id } })
    expect((await createApiKey({ payload, actor: otherReferent, input: { name: 'again' } })).ok).toBe(true)
  })
})

describe('listApiKeys', () => {
  it('lists a référent’s structure keys, staff every key, nobody else any; never a hash', async () => {
    const mine = await listApiKeys(payload, referent)
    expect(mine.length).toBeGreaterThan(0)
    expect(mine.every((k) => k.structure === home)).toBe(true)
    const all = await listApiKeys(payload, staff)
    expect(all.some((k) => k.scope === 'platform') && all.some((k) => k.structure === other)).toBe(true)
    expect(await listApiKeys(payload, colleague)).toEqual([])
    expect(JSON.stringify(all)).not.toContain('keyHash')
  })
})

describe('revokeApiKey', () => {
  it('lets a référent revoke their structure’s keys, not another structure’s (not found)', async () => {
    const key = await makeKey(referent, 'À révoquer')
    const foreign = await revokeApiKey({ payload, actor: otherReferent, input: { id: key.id } })
    expect(foreign.ok ? 'ok' : foreign.error.kind).toBe('not-found')
    expect((await revokeApiKey({ payload, actor: colleague, input: { id: key.id } })).ok).toBe(false)
    const now = new Date('2026-12-01T10:00:00Z')
    expect((await revokeApiKey({ payload, actor: referent, input: { id: key.id }, now })).ok).toBe(true)
    expect((await revokeApiKey({ payload, actor: referent, input: { id: key.id } })).ok).toBe(true)
    const stored = await payload.findByID({ collection: 'api-keys', id: key.id, overrideAccess: true })
    expect(stored.revokedAt).toBe(now.toISOString())
  })

  it('lets staff revoke any key', async () => {
    const key = await makeKey(referent, 'Par l’équipe')
    expect((await revokeApiKey({ payload, actor: staff, input: { id: key.id } })).ok).toBe(true)
    expect((await revokeApiKey({ payload, actor: staff, input: { id: 999_999 } })).ok).toBe(false)
  })
})

describe('authenticateApiKey', () => {
  it('finds a key by its hash, refuses revoked, unknown and malformed ones', async () => {
    const key = await makeKey(referent, 'Auth')
    const found = await authenticateApiKey(payload, bearer(key.secret))
    expect(found).toEqual({
      ok: true,
      key: { id: key.id, name: 'Auth', scopeName: 'structure', scope: { kind: 'structure', structure: home } },
    })
    const reason = async (request: Request) => {
      const r = await authenticateApiKey(payload, request)
      return r.ok ? 'ok' : r.reason
    }
    expect(await reason(new Request('http://x/'))).toBe('missing')
    expect(await reason(bearer('dg_' + 'A'.repeat(43)))).toBe('invalid')
    expect(await reason(bearer('pas-une-clé'))).toBe('invalid')
    await revokeApiKey({ payload, actor: referent, input: { id: key.id } })
    expect(await reason(bearer(key.secret))).toBe('revoked')
  })

  it('records the last use at most once a minute', async () => {
    const key = await makeKey(referent, 'Usage')
    const lastUsed = async () =>
      (await payload.findByID({ collection: 'api-keys', id: key.id, overrideAccess: true })).lastUsedAt
    const t0 = new Date('2026-12-02T10:00:00Z')
    await authenticateApiKey(payload, bearer(key.secret), t0)
    expect(await lastUsed()).toBe(t0.toISOString())
    await authenticateApiKey(payload, bearer(key.secret), new Date(t0.getTime() + 30_000))
    expect(await lastUsed()).toBe(t0.toISOString())
    const t2 = new Date(t0.getTime() + 61_000)
    await authenticateApiKey(payload, bearer(key.secret), t2)
    expect(await lastUsed()).toBe(t2.toISOString())
  })
})

describe('the open API with a key', () => {
  const get = async (secret: string, path: string) => {
    const response = await (path.startsWith('/api/v1/activities') ? activitiesEndpoint : statisticsEndpoint)(
      payload,
      bearer(secret, path),
    )
    return { status: response.status, body: await response.json(), headers: response.headers }
  }

  it('answers the figures of the key’s structure only, with small groups hidden', async () => {
    const key = await makeKey(referent, 'Figures')
    const { status, body, headers } = await get(key.secret, '/api/v1/statistics?from=2026-01-01&to=2026-12-31')
    expect(status).toBe(200)
    expect(headers.get('cache-control')).toBe('no-store')
    expect(headers.get('access-control-allow-origin')).toBe('*')
    expect(body.scope).toEqual({ kind: 'structure', structure: home })
    expect(body.totals.activities).toBe(12)
    expect(body.totals.people).toBe(12)
    // 6 women and 6 men: shown; a month with fewer than 5 people: hidden.
    expect(body.breakdowns.gender).toEqual([
      { key: expect.any(String), activities: 6, people: 6 },
      { key: expect.any(String), activities: 6, people: 6 },
    ])
    expect(body.months.find((m: { month: string }) => m.month === '2026-01').people).toBeNull()
    expect(body.suppressed).toBe(true)
    // Another structure, asked for by name: refused.
    expect((await get(key.secret, `/api/v1/statistics?structure=${other}`)).status).toBe(403)
  })

  it('lists anonymised activities page by page, with a next link on the public origin', async () => {
    const key = await makeKey(referent, 'Rows')
    const first = await get(key.secret, '/api/v1/activities?from=2026-01-01&to=2026-12-31&limit=5')
    expect(first.status).toBe(200)
    expect(first.body.total).toBe(12)
    expect(first.body.data).toHaveLength(5)
    const text = JSON.stringify(first.body)
    for (const secret of ['code-', 'note secrète', 'personCode', 'notes', 'aidant', 'participant', 'member', 'Rita'])
      expect(text).not.toContain(secret)
    expect(first.body.data[0]).not.toHaveProperty('structure')
    expect(first.body.next).toMatch(/^http:\/\/localhost:3000\/api\/v1\/activities\?/)
    const seen = new Set<number>(first.body.data.map((a: { id: number }) => a.id))
    let next: string | null = first.body.next
    while (next) {
      const page = await get(key.secret, next.replace('http://localhost:3000', ''))
      for (const a of page.body.data) seen.add(a.id)
      next = page.body.next
    }
    expect(seen.size).toBe(12)
    const staffKey = await makeKey(staff, 'Rows platform')
    const platform = await get(staffKey.secret, '/api/v1/activities?from=2026-01-01&to=2026-12-31&limit=500')
    expect(platform.body.total).toBe(18)
    expect(platform.body.data[0].structure).toEqual(expect.any(Number))
  })

  it('answers garbage with a 400 JSON error, a missing or revoked key with a 401', async () => {
    const key = await makeKey(referent, 'Garbage')
    for (const path of [
      '/api/v1/activities?limit=abc',
      '/api/v1/activities?limit=0',
      '/api/v1/activities?limit=501',
      '/api/v1/activities?page=-1',
      '/api/v1/activities?after=x',
      '/api/v1/activities?page=1&after=2',
      '/api/v1/statistics?from=yesterday',
      '/api/v1/statistics?theme=nope',
      `/api/v1/statistics?country=${'B'.repeat(5000)}`,
    ]) {
      const { status, body } = await get(key.secret, path)
      expect([path, status]).toEqual([path, 400])
      expect(body.error).toEqual({ code: 'invalid_parameter', message: expect.any(String) })
    }
    const anonymous = await statisticsEndpoint(payload, new Request('http://localhost:3000/api/v1/statistics'))
    expect(anonymous.status).toBe(401)
    expect((await anonymous.json()).error.code).toBe('unauthorized')
    await revokeApiKey({ payload, actor: referent, input: { id: key.id } })
    expect((await get(key.secret, '/api/v1/statistics')).status).toBe(401)
  })

  it(`stops a key after ${callsPerMinute} calls a minute with a 429 and Retry-After`, async () => {
    const key = await makeKey(referent, 'Pressée')
    for (let i = 0; i < callsPerMinute; i++)
      expect((await get(key.secret, '/api/v1/activities?limit=1')).status).toBe(200)
    const refused = await get(key.secret, '/api/v1/activities?limit=1')
    expect(refused.status).toBe(429)
    expect(refused.body.error.code).toBe('rate_limited')
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    // Another key is not slowed down by this one.
    expect((await get((await makeKey(referent, 'Calme')).secret, '/api/v1/statistics')).status).toBe(200)
  })
})
