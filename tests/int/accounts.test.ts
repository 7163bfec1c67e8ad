import { Forbidden, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { authenticate } from '@/lib/auth/authenticate'
import { refreshSession } from '@/lib/auth/claims'
import { changePassword } from '@/lib/members/change-password'
import { deleteAccount } from '@/lib/members/delete-account'
import { passwordGrantsOf } from '@/lib/members/passwordGrants'
import { resetApprenantPassword } from '@/lib/members/reset-apprenant-password'
import { resetPassword } from '@/lib/members/reset-password'

import { createMember, createStaff, createStructure, password } from './support/members'
import { startPayload } from './support/payload'
import { rest } from './support/rest'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

afterEach(() => {
  delete process.env.TRUSTED_PROXIES
})

const login = (collection: 'members' | 'users', email: string, pass: string, xff?: string) =>
  rest('POST', `/${collection}/login`, {
    body: { email, password: pass },
    headers: xff ? { 'x-forwarded-for': xff } : {},
  })

const bearer = (token: string) => new Headers({ Authorization: `JWT ${token}` })

describe('limits on every login route', () => {
  it('ten wrong passwords from one address lock the account for that address only', async () => {
    process.env.TRUSTED_PROXIES = '1'
    await createMember(payload, { name: 'Alice', email: 'alice@example.com', profile: 'aidant' })
    // The attacker writes a new address at each try; the proxy appends the real one (203.0.113.5).
    for (let i = 0; i < 10; i++)
      expect((await login('members', 'alice@example.com', 'mauvais-1', `10.0.0.${i}, 203.0.113.5`)).status).toBe(401)
    const fromAttacker = await login('members', 'alice@example.com', password, `10.9.9.9, 203.0.113.5`)
    expect(fromAttacker.status).toBe(401)
    expect(JSON.stringify(fromAttacker.json)).toMatch(/verrouill/i)
    expect((await login('members', 'alice@example.com', password, '203.0.113.6')).status).toBe(200)
  })

  it('an admin cannot be locked out from elsewhere through /api/users/login', async () => {
    process.env.TRUSTED_PROXIES = '1'
    await createStaff(payload, 'boss@example.com', 'admin')
    for (let i = 0; i < 10; i++) await login('users', 'boss@example.com', 'mauvais-1', '198.51.100.1')
    expect((await login('users', 'boss@example.com', password, '198.51.100.1')).status).toBe(401)
    expect((await login('users', 'boss@example.com', password, '198.51.100.2')).status).toBe(200)
  })

  it('without a trusted proxy, rotating X-Forwarded-For does not give fresh tries', async () => {
    await createMember(payload, { name: 'Bob', email: 'bob@example.com', profile: 'aidant' })
    for (let i = 0; i < 10; i++) await login('members', 'bob@example.com', 'mauvais-1', `192.0.2.${i}`)
    const next = await login('members', 'bob@example.com', password, '192.0.2.200')
    expect(next.status).toBe(401)
    expect(JSON.stringify(next.json)).toMatch(/verrouill/i)
  })

  it('one address trying many accounts is stopped with a 429', async () => {
    process.env.TRUSTED_PROXIES = '1'
    const statuses = []
    for (let i = 0; i < 31; i++)
      statuses.push((await login('users', `personne${i}@example.com`, 'x-mauvais', `6.6.6.${i}, 198.51.100.77`)).status)
    expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true)
    expect(statuses[30]).toBe(429)
  })

  it('the site reports a lock as a lock, for that address only', async () => {
    await createMember(payload, { name: 'Carla', email: 'carla@example.com', profile: 'aidant' })
    for (let i = 0; i < 10; i++) await authenticate(payload, 'carla@example.com', 'mauvais-1', '10.1.1.1')
    expect(await authenticate(payload, 'carla@example.com', password, '10.1.1.1')).toEqual({
      ok: false,
      reason: 'locked',
    })
    expect(await authenticate(payload, 'carla@example.com', password, '10.1.1.2')).toMatchObject({ ok: true })
  })
})

describe('known and unknown accounts look alike', () => {
  it('same answer and comparable time from /api/members/login', async () => {
    process.env.TRUSTED_PROXIES = '1'
    await createMember(payload, { name: 'Dora', email: 'dora@example.com', profile: 'aidant' })
    const known = [] as Awaited<ReturnType<typeof login>>[]
    const unknown = [] as Awaited<ReturnType<typeof login>>[]
    for (let i = 0; i < 3; i++) {
      known.push(await login('members', 'dora@example.com', 'mauvais-1', `192.0.2.${10 + i}`))
      unknown.push(await login('members', `inconnu${i}@example.com`, 'mauvais-1', `192.0.2.${20 + i}`))
    }
    expect(unknown.map((r) => [r.status, r.json])).toEqual(known.map((r) => [r.status, r.json]))
    const median = (list: { ms: number }[]) => list.map((r) => r.ms).sort((a, b) => a - b)[1]!
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.6)
  })

  it('forgot-password answers the same, at once, for known and unknown addresses', async () => {
    process.env.TRUSTED_PROXIES = '1'
    await createStaff(payload, 'eve@example.com', 'editor')
    const known = await rest('POST', '/users/forgot-password', {
      body: { email: 'eve@example.com' },
      headers: { 'x-forwarded-for': '192.0.2.50' },
    })
    const unknown = await rest('POST', '/users/forgot-password', {
      body: { email: 'nobody@example.com' },
      headers: { 'x-forwarded-for': '192.0.2.51' },
    })
    expect([known.status, known.json]).toEqual([unknown.status, unknown.json])
    expect(known.status).toBe(200)
  })
})

describe('sessions end with the password', () => {
  it('a site session and a Payload token from before a reset no longer work', async () => {
    const member = await createMember(payload, { name: 'Fanny', email: 'fanny@example.com', profile: 'aidant' })
    const session = await refreshSession(payload, { id: member.id, signingIn: true, tokenVersion: undefined })
    expect(session).not.toBeNull()
    const { token } = await payload.login({ collection: 'members', data: { email: 'fanny@example.com', password } })
    expect((await payload.auth({ headers: bearer(token!) })).user?.id).toBe(member.id)

    const resetToken = await payload.forgotPassword({
      collection: 'members',
      data: { email: 'fanny@example.com' },
      disableEmail: true,
    })
    const input = { token: resetToken, password: 'Nouveau-mot-123', confirm: 'Nouveau-mot-123' }
    expect(await resetPassword({ payload, actor: null, input })).toEqual({ ok: true, value: null })

    const reread = { id: member.id, signingIn: false, tokenVersion: session!.sessionVersion }
    expect(await refreshSession(payload, reread)).toBeNull()
    expect((await payload.auth({ headers: bearer(token!) })).user).toBeNull()
  })

  it('a change of password and a deleted account end them too', async () => {
    const member = await createMember(payload, { name: 'Gil', email: 'gil@example.com', profile: 'aidant' })
    const session = await refreshSession(payload, { id: member.id, signingIn: true, tokenVersion: undefined })
    const { token } = await payload.login({ collection: 'members', data: { email: 'gil@example.com', password } })
    const input = { current: password, password: 'Nouveau-mot-123', confirm: 'Nouveau-mot-123', ip: '10.3.0.1' }
    expect(await changePassword({ payload, actor: member, input })).toEqual({ ok: true, value: null })
    expect(
      await refreshSession(payload, { id: member.id, signingIn: false, tokenVersion: session!.sessionVersion }),
    ).toBeNull()
    expect((await payload.auth({ headers: bearer(token!) })).user).toBeNull()

    const after = await refreshSession(payload, { id: member.id, signingIn: true, tokenVersion: undefined })
    const confirmed = { confirmed: true, password: 'Nouveau-mot-123', ip: '10.3.0.1' }
    expect(await deleteAccount({ payload, actor: member, input: confirmed })).toEqual({ ok: true, value: null })
    expect(
      await refreshSession(payload, { id: member.id, signingIn: false, tokenVersion: after!.sessionVersion }),
    ).toBeNull()
  })

  it('a staff token from before a new password no longer works', async () => {
    const admin = await createStaff(payload, 'hugo@example.com', 'admin')
    const { token } = await payload.login({ collection: 'users', data: { email: 'hugo@example.com', password } })
    expect((await payload.auth({ headers: bearer(token!) })).user?.id).toBe(admin.id)
    await payload.update({ collection: 'users', id: admin.id, data: { password: 'Nouveau-mot-123' } })
    expect((await payload.auth({ headers: bearer(token!) })).user).toBeNull()
  })
})

describe('a member’s credentials through the API', () => {
  it('a member cannot set their own password or username by PATCH; staff can', async () => {
    const member = await createMember(payload, { name: 'Ines', email: 'ines@example.com', profile: 'aidant' })
    const { token } = await payload.login({ collection: 'members', data: { email: 'ines@example.com', password } })
    const patch = (body: unknown) =>
      rest('PATCH', `/members/${member.id}`, { body, headers: { Authorization: `JWT ${token}` } })
    expect((await patch({ password: 'Pirate-mot-123' })).status).toBe(403)
    expect((await patch({ username: 'ines2' })).status).toBe(403)
    expect((await patch({ name: 'x'.repeat(5000) })).status).toBe(400)
    expect((await patch({ sessionVersion: 99 })).status).toBe(200)
    expect(await authenticate(payload, 'ines@example.com', password, '10.4.0.1')).toMatchObject({ ok: true })
    expect(
      (await payload.findByID({ collection: 'members', id: member.id, showHiddenFields: true })).sessionVersion,
    ).toBe(0)
    expect((await patch({ name: 'Inès' })).status).toBe(200)

    const admin = await createStaff(payload, 'jade@example.com', 'admin')
    await payload.update({
      collection: 'members',
      id: member.id,
      data: { password: 'Par-le-staff-123' },
      user: admin,
      overrideAccess: false,
    })
    expect(await authenticate(payload, 'ines@example.com', 'Par-le-staff-123', '10.4.0.1')).toMatchObject({ ok: true })
  })
})

describe('temporary passwords are recorded', () => {
  it('who gave one to whom is kept, and readable by the structure’s référents and staff only', async () => {
    const structure = await createStructure(payload, 'EPN du Parc')
    const other = await createStructure(payload, 'EPN du Port')
    const referent = await createMember(payload, {
      name: 'Rosa',
      email: 'rosa@example.com',
      profile: 'aidant',
      structure: structure.id,
      structureRole: 'referent',
    })
    const aidant = await createMember(payload, {
      name: 'Abel',
      email: 'abel@example.com',
      profile: 'aidant',
      structure: structure.id,
      structureRole: 'member',
    })
    const otherReferent = await createMember(payload, {
      name: 'Omar',
      email: 'omar@example.com',
      profile: 'aidant',
      structure: other.id,
      structureRole: 'referent',
    })
    const learner = await createMember(payload, {
      name: 'Lou',
      username: 'lou.parc',
      profile: 'apprenant',
      structure: structure.id,
    })
    const before = await refreshSession(payload, { id: learner.id, signingIn: true, tokenVersion: undefined })
    const given = await resetApprenantPassword({ payload, actor: aidant, input: { apprenant: learner.id } })
    expect(given.ok).toBe(true)
    expect(
      await refreshSession(payload, { id: learner.id, signingIn: false, tokenVersion: before!.sessionVersion }),
    ).toBeNull()

    const grants = await passwordGrantsOf(payload, referent, structure.id)
    expect(grants).toHaveLength(1)
    expect(grants[0]).toMatchObject({ givenByName: 'Abel', learnerId: learner.id, learnerName: 'Lou' })
    expect(await passwordGrantsOf(payload, otherReferent, structure.id)).toHaveLength(0)
    for (const reader of [aidant, learner])
      await expect(
        payload.find({ collection: 'password-grants', user: reader, overrideAccess: false }),
      ).rejects.toThrow(Forbidden)

    const admin = await createStaff(payload, 'kim@example.com', 'admin')
    expect((await payload.find({ collection: 'password-grants', user: admin, overrideAccess: false })).totalDocs).toBe(
      1,
    )
    await expect(
      payload.create({
        collection: 'password-grants',
        data: { learner: learner.id, givenByName: 'Faux', structure: structure.id },
        user: admin,
        overrideAccess: false,
      }),
    ).rejects.toThrow()

    // The aidant who gave it deletes their account: the record stays, with their name.
    const confirmed = { confirmed: true, password, ip: '10.5.0.2' }
    expect(await deleteAccount({ payload, actor: aidant, input: confirmed })).toEqual({ ok: true, value: null })
    expect(await passwordGrantsOf(payload, referent, structure.id)).toMatchObject([{ givenByName: 'Abel' }])
    expect((await payload.find({ collection: 'password-grants' })).docs).toMatchObject([{ givenBy: null }])
    const learnerNow = await payload.findByID({ collection: 'members', id: learner.id, depth: 0 })
    const withTemporary = { confirmed: true, password: given.ok ? given.value : '', ip: '10.5.0.2' }
    expect(
      await deleteAccount({ payload, actor: { ...learnerNow, collection: 'members' }, input: withTemporary }),
    ).toEqual({ ok: true, value: null })
    expect(await passwordGrantsOf(payload, referent, structure.id)).toHaveLength(0)
  })
})

describe('sign-ins at the same moment', () => {
  it('two logins of one account at once both get a working token, and the account is not rewritten', async () => {
    const member = await createMember(payload, { name: 'Hugo', email: 'hugo@example.com', profile: 'aidant' })
    // Payload's login reads the account, checks the password, then writes the account back with its new
    // session: without a lease, the second write drops the first session (its token stops working).
    const logins = await Promise.all(
      Array.from({ length: 4 }, () =>
        payload.login({ collection: 'members', data: { email: 'hugo@example.com', password } }),
      ),
    )
    for (const { token } of logins) expect((await payload.auth({ headers: bearer(token!) })).user?.id).toBe(member.id)
  })
})
