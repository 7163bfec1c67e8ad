import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { authenticate } from '@/lib/auth/authenticate'
import { changePassword } from '@/lib/members/change-password'
import { deleteAccount } from '@/lib/members/delete-account'
import { exportMemberData } from '@/lib/members/export-member-data'
import { requestPasswordReset } from '@/lib/members/request-password-reset'
import { resetApprenantPassword } from '@/lib/members/reset-apprenant-password'
import { resetPassword } from '@/lib/members/reset-password'
import { acceptInvitation } from '@/lib/structures/accept-invitation'
import { createStructure } from '@/lib/structures/create-structure'
import { decideRequest } from '@/lib/structures/decide-request'
import { inviteMember } from '@/lib/structures/invite-member'
import { leaveStructure } from '@/lib/structures/leave-structure'
import { findInvitation, structureTeam } from '@/lib/structures/queries'
import { requestToJoin } from '@/lib/structures/request-to-join'
import type { Member } from '@/payload-types'

import { linkIn } from '@/tests/support/smtp'
import { createMember, fresh, password, signUpWith, structureData } from './support/members'
import { refused } from './support/results'
import { startPayloadWithSmtp } from './support/mail'
import { testOrigin as origin } from '@/tests/int/support/origin'

let payload: Payload
let inbox: Awaited<ReturnType<typeof startPayloadWithSmtp>>

beforeAll(async () => {
  inbox = await startPayloadWithSmtp()
  payload = inbox.payload
})

afterAll(() => inbox?.stop())

describe('sign-up and sign-in', () => {
  it('an aidant signs up with an e-mail, an apprenant with a username and no e-mail', async () => {
    const aidant = await signUpWith(payload, { profile: 'aidant', name: 'Ana', email: 'Ana@Example.com' })
    const apprenant = await signUpWith(payload, { profile: 'apprenant', name: 'Léo', username: 'Leo.Martin' })
    expect(aidant).toMatchObject({ ok: true, value: { email: 'ana@example.com', profile: 'aidant' } })
    expect(apprenant).toMatchObject({ ok: true, value: { username: 'leo.martin', profile: 'apprenant' } })
    expect(apprenant.ok && apprenant.value.email).toBeFalsy()
  })

  it('refuses duplicates and bad input with an error per field', async () => {
    expect(await signUpWith(payload, { profile: 'aidant', name: 'Ana 2', email: 'ana@example.com' })).toEqual(
      refused('conflict', { email: 'emailTaken' }),
    )
    expect(await signUpWith(payload, { profile: 'apprenant', name: 'Léo 2', username: 'leo.martin' })).toEqual(
      refused('conflict', { username: 'usernameTaken' }),
    )
    expect(
      await signUpWith(payload, {
        profile: 'aidant',
        name: '',
        email: 'pas-une-adresse',
        password: 'court',
        passwordConfirm: 'court',
      }),
    ).toEqual(refused('invalid', { name: 'required', email: 'email', password: 'passwordLength' }))
    expect(
      await signUpWith(payload, {
        profile: 'apprenant',
        name: 'X',
        username: 'a b',
        passwordConfirm: 'autre-chose-123',
      }),
    ).toEqual(refused('invalid', { username: 'username', passwordConfirm: 'passwordMismatch' }))
  })

  it('signs in with the e-mail or the username, case-insensitively', async () => {
    expect(await authenticate(payload, 'ANA@example.com', password, '10.0.0.1')).toMatchObject({
      ok: true,
      member: { name: 'Ana' },
    })
    expect(await authenticate(payload, 'Leo.Martin', password, '10.0.0.1')).toMatchObject({
      ok: true,
      member: { name: 'Léo' },
    })
    expect(await authenticate(payload, 'leo.martin', 'mauvais', '10.0.0.1')).toEqual({ ok: false, reason: 'invalid' })
  })

  it('five wrong passwords from a shared address do not lock the account; ten do, for that address', async () => {
    await signUpWith(payload, { profile: 'aidant', name: 'Cible', email: 'cible@example.com' })
    for (let i = 0; i < 5; i++) await authenticate(payload, 'cible@example.com', 'mauvais', '10.0.1.1')
    expect(await authenticate(payload, 'cible@example.com', password, '10.0.1.1')).toMatchObject({ ok: true })
    for (let i = 0; i < 10; i++) await authenticate(payload, 'cible@example.com', 'mauvais', '10.0.1.1')
    expect(await authenticate(payload, 'cible@example.com', password, '10.0.1.1')).toEqual({
      ok: false,
      reason: 'locked',
    })
  })

  it('rate-limits one IP address trying many accounts', async () => {
    const results = []
    for (let i = 0; i < 31; i++) results.push(await authenticate(payload, `inconnu${i}@example.com`, 'x', '10.9.9.9'))
    expect(results.at(-1)).toEqual({ ok: false, reason: 'rateLimited' })
  })
})

describe('passwords', () => {
  it('resets a forgotten password with a single-use link sent by e-mail, in the member’s language', async () => {
    const member = await createMember(payload, {
      name: 'Nora',
      email: 'nora@example.com',
      profile: 'aidant',
      locale: 'nl',
    })
    expect(
      await requestPasswordReset({
        payload,
        actor: null,
        input: { email: 'nora@example.com', ip: '10.2.0.1', origin },
      }),
    ).toEqual({ ok: true, value: null })
    const mail = await inbox.mailTo('nora@example.com')
    expect(mail.subject).toBe('Kies een nieuw wachtwoord voor 123Digit')
    const token = new URL(linkIn(mail, /\/nl\/wachtwoord\/nieuw\?token=/)).searchParams.get('token')!
    expect(
      await resetPassword({
        payload,
        actor: null,
        input: { token, password: 'Nouveau-mot-123', confirm: 'Nouveau-mot-123' },
      }),
    ).toEqual({ ok: true, value: null })
    expect(await authenticate(payload, 'nora@example.com', 'Nouveau-mot-123', '10.2.0.1')).toMatchObject({
      ok: true,
      member: { id: member.id },
    })
    expect(
      await resetPassword({
        payload,
        actor: null,
        input: { token, password: 'Encore-autre-123', confirm: 'Encore-autre-123' },
      }),
    ).toEqual(refused('conflict', { form: 'tokenInvalid' }))
  })

  it('says nothing about unknown addresses, and sends nothing', async () => {
    const before = inbox.mails.length
    expect(
      await requestPasswordReset({
        payload,
        actor: null,
        input: { email: 'personne@example.com', ip: '10.2.0.2', origin },
      }),
    ).toEqual({ ok: true, value: null })
    await new Promise((r) => setTimeout(r, 300))
    expect(inbox.mails.length).toBe(before)
  })

  it('changing one’s password needs the current one', async () => {
    const member = await createMember(payload, { name: 'Paul', email: 'paul@example.com', profile: 'aidant' })
    const input = { password: 'Nouveau-mot-123', confirm: 'Nouveau-mot-123', ip: '10.2.1.1' }
    expect(await changePassword({ payload, actor: member, input: { ...input, current: 'faux' } })).toEqual(
      refused('invalid', { current: 'currentPassword' }),
    )
    expect(await changePassword({ payload, actor: member, input: { ...input, current: password } })).toEqual({
      ok: true,
      value: null,
    })
  })
})

describe('structures', () => {
  let referent: Member
  let structureId: number

  it('the first member who creates a structure becomes its référent, and it becomes visible', async () => {
    referent = await createMember(payload, { name: 'Rita', email: 'rita@example.com', profile: 'aidant' })
    const created = await createStructure({ payload, actor: referent, input: structureData('EPN des Tilleuls') })
    expect(created.ok).toBe(true)
    structureId = created.ok ? created.value.id : 0
    referent = await fresh(payload, referent)
    expect(referent).toMatchObject({ structureRole: 'referent', structure: structureId })
    const structure = await payload.findByID({ collection: 'structures', id: structureId })
    expect(structure.activeMemberCount).toBe(1)
  })

  it('refuses an invalid structure with errors per field', async () => {
    const other = await createMember(payload, { name: 'Otto', email: 'otto@example.com', profile: 'aidant' })
    const result = await createStructure({
      payload,
      actor: other,
      input: { ...structureData(''), postcode: '123', website: 'www.exemple', country: 'BE' },
    })
    expect(result).toEqual(refused('invalid', { name: 'required', postcode: 'postcodeBe', website: 'url' }))
  })

  it('invites a colleague by e-mail; the link joins the structure once, then is used up', async () => {
    const result = await inviteMember({
      payload,
      actor: referent,
      input: { email: 'collegue@example.com', profile: 'aidant', locale: 'fr', origin },
    })
    if (!result.ok) throw result.error
    const mail = await inbox.mailTo('collegue@example.com')
    expect(mail.subject).toContain('EPN des Tilleuls')
    const token = linkIn(mail, /\/fr\/invitation\//)
      .split('/')
      .pop()!
    expect(await findInvitation(payload, token)).toMatchObject({ email: 'collegue@example.com' })
    const colleague = await createMember(payload, { name: 'Colin', email: 'collegue@example.com', profile: 'aidant' })
    expect(await acceptInvitation({ payload, actor: colleague, input: { token } })).toMatchObject({ ok: true })
    expect(await fresh(payload, colleague)).toMatchObject({ structure: structureId, structureRole: 'member' })
    expect(await acceptInvitation({ payload, actor: colleague, input: { token } })).toEqual(
      refused('not-found', { form: 'invitationInvalid' }),
    )
  })

  it('an expired invitation is refused', async () => {
    const result = await inviteMember({
      payload,
      actor: referent,
      input: { email: 'tard@example.com', profile: 'apprenant', locale: 'fr', origin },
    })
    if (!result.ok) throw result.error
    await payload.update({
      collection: 'memberships',
      id: result.value.membership.id,
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    expect(await findInvitation(payload, result.value.token)).toBeNull()
  })

  it('changing structure leaves the old one at once and waits for the new référent', async () => {
    const otherReferent = await createMember(payload, { name: 'Oscar', email: 'oscar@example.com', profile: 'aidant' })
    const other = await createStructure({
      payload,
      actor: otherReferent,
      input: structureData('CPAS de Dinant', '5500', 'Dinant'),
    })
    const mover = await fresh(
      payload,
      (await payload.find({ collection: 'members', where: { email: { equals: 'collegue@example.com' } } })).docs[0]!,
    )
    const otherId = other.ok ? other.value.id : 0
    const request = await requestToJoin({ payload, actor: mover, input: { structure: otherId } })
    expect(await fresh(payload, mover)).toMatchObject({ structure: null, structureRole: null })
    if (!request.ok) throw new Error('request failed')
    // Only the new structure's référent decides.
    const decision = { membership: request.value.id, accept: true }
    expect(await decideRequest({ payload, actor: referent, input: decision })).toEqual(
      refused('not-allowed', { form: 'notAllowed' }),
    )
    expect(await decideRequest({ payload, actor: await fresh(payload, otherReferent), input: decision })).toMatchObject(
      { ok: true },
    )
    expect(await fresh(payload, mover)).toMatchObject({ structure: otherId, structureRole: 'member' })
  })

  it('the référent sees members without their e-mail addresses', async () => {
    const team = await structureTeam(payload, structureId)
    expect(team.members.map((m) => m.name)).toEqual(['Rita'])
    expect(JSON.stringify(team.members)).not.toContain('@example.com')
  })

  it('an aidant gives a temporary password to an apprenant of their structure who has no e-mail', async () => {
    const apprenant = await createMember(payload, {
      name: 'Lina',
      username: 'lina',
      profile: 'apprenant',
      structure: structureId,
      structureRole: 'member',
    })
    const withEmail = await createMember(payload, {
      name: 'Max',
      username: 'max',
      email: 'max@example.com',
      profile: 'apprenant',
      structure: structureId,
      structureRole: 'member',
    })
    const outsider = await createMember(payload, { name: 'Ext', email: 'ext@example.com', profile: 'aidant' })
    const reset = await resetApprenantPassword({ payload, actor: referent, input: { apprenant: apprenant.id } })
    if (!reset.ok) throw new Error('reset failed')
    expect(reset.value).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/)
    expect(await authenticate(payload, 'lina', reset.value, '10.3.0.1')).toMatchObject({
      ok: true,
      member: { mustChangePassword: true },
    })
    expect(await resetApprenantPassword({ payload, actor: referent, input: { apprenant: withEmail.id } })).toEqual(
      refused('not-allowed', { form: 'notAllowed' }),
    )
    expect(await resetApprenantPassword({ payload, actor: outsider, input: { apprenant: apprenant.id } })).toEqual(
      refused('not-allowed', { form: 'notAllowed' }),
    )
  })

  it('when the last référent leaves, the aidant who joined first takes over', async () => {
    const second = await createMember(payload, {
      name: 'Sam',
      email: 'sam@example.com',
      profile: 'aidant',
      structure: structureId,
      structureRole: 'member',
    })
    await leaveStructure({ payload, actor: referent, input: { confirmed: true } })
    expect(await fresh(payload, second)).toMatchObject({ structureRole: 'referent' })
  })
})

describe('account', () => {
  it('exports the member’s data and deletes the account with its personal data', async () => {
    const member = await createMember(payload, { name: 'Zoé', email: 'zoe@example.com', profile: 'aidant' })
    const structure = await createStructure({ payload, actor: member, input: structureData('Asbl Zoé') })
    const joined = await fresh(payload, member)
    const data = await exportMemberData({ payload, actor: joined, input: null })
    expect(data.ok && data.value.account).toMatchObject({
      name: 'Zoé',
      email: 'zoe@example.com',
      structureRole: 'referent',
      structure: { name: 'Asbl Zoé' },
    })
    await deleteAccount({ payload, actor: joined, input: { confirmed: true, password, ip: '10.5.0.1' } })
    expect(await payload.count({ collection: 'members', where: { email: { equals: 'zoe@example.com' } } })).toEqual({
      totalDocs: 0,
    })
    const id = structure.ok ? structure.value.id : 0
    expect((await payload.findByID({ collection: 'structures', id })).activeMemberCount).toBe(0)
  })
})
