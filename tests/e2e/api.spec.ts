import type { APIRequestContext } from '@playwright/test'

import { demoPassword, expect, test } from './support/test'

/** The access rules through REST, with real tokens of the seeded accounts (the Local API matrix is in tests/int). */
async function login(request: APIRequestContext, collection: 'members' | 'users', credentials: Record<string, string>) {
  const response = await request.post(`/api/${collection}/login`, { data: { ...credentials, password: demoPassword } })
  expect(response.status(), await response.text()).toBe(200)
  const body = (await response.json()) as { token: string; user: { id: number } }
  return { headers: { Authorization: `JWT ${body.token}` }, id: body.user.id }
}

test.describe('REST access with member and staff tokens', () => {
  test('members: anonymous gets nothing, a member only themself, staff everyone; no secrets ever', async ({
    playwright,
    baseURL,
  }) => {
    const request = await playwright.request.newContext({ baseURL })
    expect((await request.get('/api/members')).status()).toBe(403)

    const apprenant = await login(request, 'members', { username: 'apprenant.demo' })
    const own = await (await request.get('/api/members', { headers: apprenant.headers })).json()
    expect(own.docs.map((d: { id: number }) => d.id)).toEqual([apprenant.id])

    const referent = await login(request, 'members', { email: 'aidant@demo.123digit.be' })
    // Another member's account is out of reach: Payload answers as if it did not exist.
    expect((await request.get(`/api/members/${referent.id}`, { headers: apprenant.headers })).status()).toBe(404)
    const patchOther = await request.patch(`/api/members/${referent.id}`, {
      headers: apprenant.headers,
      data: { name: 'Piraté' },
    })
    expect([403, 404]).toContain(patchOther.status())
    const patchSelf = await request.patch(`/api/members/${apprenant.id}`, {
      headers: apprenant.headers,
      data: { structureRole: 'referent' },
    })
    expect((await patchSelf.json()).doc.structureRole).toBe('member')

    for (const email of ['admin@demo.123digit.be', 'editeur@demo.123digit.be']) {
      const staff = await login(request, 'users', { email })
      const all = await (await request.get('/api/members?limit=100', { headers: staff.headers })).json()
      expect(all.totalDocs).toBeGreaterThanOrEqual(40)
      const text = JSON.stringify(all)
      for (const secret of ['"hash"', '"salt"', 'resetPasswordToken']) expect(text).not.toContain(secret)
    }
    await request.dispose()
  })

  test('structures: public when they have members, without their members; edited by their référent only', async ({
    playwright,
    baseURL,
  }) => {
    const request = await playwright.request.newContext({ baseURL })
    const publicList = await (await request.get('/api/structures?limit=100&depth=0')).json()
    expect(publicList.totalDocs).toBeGreaterThanOrEqual(40)
    // Public: managed by at least one member, or listed by staff (access/visibleStructure.ts).
    for (const doc of publicList.docs) expect(doc.activeMemberCount > 0 || doc.alwaysListed).toBe(true)
    expect(JSON.stringify(publicList)).not.toContain('@demo.123digit.be')

    const referent = await login(request, 'members', { email: 'aidant@demo.123digit.be' })
    const me = await (await request.get(`/api/members/${referent.id}?depth=0`, { headers: referent.headers })).json()
    const other = publicList.docs.find((d: { id: number }) => d.id !== me.structure)
    expect(
      (
        await request.patch(`/api/structures/${me.structure}`, {
          headers: referent.headers,
          data: { phone: '+32 81 99 99 99' },
        })
      ).status(),
    ).toBe(200)
    expect(
      (
        await request.patch(`/api/structures/${other.id}`, { headers: referent.headers, data: { phone: '0' } })
      ).status(),
    ).toBe(403)
    const colleague = await login(request, 'members', { email: 'aidant2@demo.123digit.be' })
    expect(
      (
        await request.patch(`/api/structures/${me.structure}`, { headers: colleague.headers, data: { phone: '0' } })
      ).status(),
    ).toBe(403)
    const otherReferent = await login(request, 'members', { email: 'aidant3@demo.123digit.be' })
    const patchByOther = await request.patch(`/api/structures/${me.structure}`, {
      headers: otherReferent.headers,
      data: { phone: '0' },
    })
    expect(patchByOther.status()).toBe(403)
    // Join requests and invitations: each référent sees only those of their own structure.
    const theirs = await (
      await request.get('/api/memberships?depth=0&limit=100', { headers: otherReferent.headers })
    ).json()
    for (const doc of theirs.docs) expect(doc.structure).not.toBe(me.structure)
    expect((await request.get('/api/memberships')).status()).toBe(403)
    await request.dispose()
  })

  test('trames, fiches and formations need a member token', async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL })
    for (const collection of ['trames', 'fiches', 'formations'])
      expect((await request.get(`/api/${collection}`)).status()).toBe(403)
    const apprenant = await login(request, 'members', { username: 'apprenant.demo' })
    const trames = await (await request.get('/api/trames?limit=1', { headers: apprenant.headers })).json()
    expect(trames.totalDocs).toBeGreaterThan(0)
    await request.dispose()
  })
})
