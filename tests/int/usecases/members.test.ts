import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { authenticate } from '@/lib/auth/authenticate'
import { changePassword } from '@/lib/members/change-password'
import { deleteAccount } from '@/lib/members/delete-account'
import { exportMemberData } from '@/lib/members/export-member-data'
import { requestPasswordReset } from '@/lib/members/request-password-reset'
import { resetApprenantPassword } from '@/lib/members/reset-apprenant-password'
import { resetPassword } from '@/lib/members/reset-password'
import { updateProfile } from '@/lib/members/update-profile'
import { idOf } from '@/lib/payload/relations'
import { inviteMember } from '@/lib/structures/invite-member'
import type { Member } from '@/payload-types'

import { createMember, createStaff, createStructure, fresh, password, signUpWith } from '@/tests/int/support/members'
import { startPayloadWithSmtp } from '@/tests/int/support/mail'
import { refused } from '@/tests/int/support/results'
import { linkIn } from '@/tests/support/smtp'
import { testOrigin as origin } from '@/tests/int/support/origin'

/** The member use cases, called as the server actions call them: a Payload instance, an actor, an input. */
let payload: Payload
let inbox: Awaited<ReturnType<typeof startPayloadWithSmtp>>
let home: number

beforeAll(async () => {
  inbox = await startPayloadWithSmtp()
  payload = inbox.payload
  home = (await createStructure(payload, 'UC Membres Namur')).id
})

afterAll(() => inbox?.stop())

const count = async (email: string) =>
  (await payload.count({ collection: 'members', where: { email: { equals: email } } })).totalDocs

describe('signUp', () => {
  it('creates an aidant with a normalized e-mail, who can sign in at once', async () => {
    const result = await signUpWith(payload, { profile: 'aidant', name: ' Ama ', email: ' Ama.UC@Example.com ' })
    if (!result.ok) throw result.error
    expect(result.value).toMatchObject({ name: 'Ama', email: 'ama.uc@example.com', profile: 'aidant' })
    expect(await authenticate(payload, 'ama.uc@example.com', password, '10.20.0.1')).toMatchObject({ ok: true })
  })

  it('creates an apprenant with a username only', async () => {
    const result = await signUpWith(payload, { profile: 'apprenant', name: 'Bo', username: 'Bo.UC' })
    if (!result.ok) throw result.error
    expect(result.value).toMatchObject({ username: 'bo.uc', profile: 'apprenant' })
    expect(result.value.email ?? null).toBeNull()
  })

  it('joins the structure of the invitation the visitor came with', async () => {
    const referent = await createMember(payload, {
      name: 'Réf',
      profile: 'aidant',
      email: 'uc.signup.ref@example.com',
      structure: home,
      structureRole: 'referent',
    })
    const invited = await inviteMember({
      payload,
      actor: referent,
      input: { email: 'uc.invited@example.com', profile: 'aidant', locale: 'fr', origin },
    })
    if (!invited.ok) throw invited.error
    const result = await signUpWith(payload, {
      profile: 'aidant',
      name: 'Invitée',
      email: 'uc.invited@example.com',
      invitation: invited.value.token,
    })
    if (!result.ok) throw result.error
    expect(await fresh(payload, result.value)).toMatchObject({ structure: home, structureRole: 'member' })
  })

  it('keeps the account when the invitation no longer works', async () => {
    const result = await signUpWith(payload, {
      profile: 'aidant',
      name: 'Tard',
      email: 'uc.late@example.com',
      invitation: 'x',
    })
    if (!result.ok) throw result.error
    expect((await fresh(payload, result.value)).structure ?? null).toBeNull()
  })

  it('refuses a taken e-mail or username as a conflict, and creates nothing', async () => {
    expect(await signUpWith(payload, { profile: 'aidant', name: 'Ama 2', email: 'AMA.uc@example.com' })).toEqual(
      refused('conflict', { email: 'emailTaken' }),
    )
    expect(await signUpWith(payload, { profile: 'apprenant', name: 'Bo 2', username: 'bo.uc' })).toEqual(
      refused('conflict', { username: 'usernameTaken' }),
    )
    expect(await count('ama.uc@example.com')).toBe(1)
  })

  it('answers bad input field by field (taken and wrong together are "invalid"), and creates nothing', async () => {
    expect(
      await signUpWith(payload, {
        profile: 'aidant',
        name: '',
        email: 'ama.uc@example.com',
        password: 'court',
        passwordConfirm: '',
      }),
    ).toEqual(refused('invalid', { name: 'required', email: 'emailTaken', password: 'passwordLength' }))
    expect(await signUpWith(payload, { profile: 'aidant', name: 'Sans adresse' })).toEqual(
      refused('invalid', { email: 'required' }),
    )
    expect(
      await signUpWith(payload, {
        profile: 'apprenant',
        name: 'X',
        username: 'a b',
        email: 'uc.x@example.com',
        passwordConfirm: 'autre',
      }),
    ).toEqual(refused('invalid', { username: 'username', passwordConfirm: 'passwordMismatch' }))
    expect(await count('uc.x@example.com')).toBe(0)
  })
})

describe('updateProfile', () => {
  it('changes the name, the language and an apprenant’s optional e-mail, with the member’s own rights', async () => {
    const actor = await createMember(payload, { name: 'Cléo', profile: 'apprenant', username: 'uc.cleo' })
    const result = await updateProfile({
      payload,
      actor,
      input: { name: ' Cléo B ', locale: 'nl', email: 'UC.Cleo@example.com' },
    })
    if (!result.ok) throw result.error
    expect(result.value).toMatchObject({ name: 'Cléo B', locale: 'nl', email: 'uc.cleo@example.com' })
    const again = await fresh(payload, actor)
    const cleared = await updateProfile({ payload, actor: again, input: { name: 'Cléo', locale: 'fr', email: '' } })
    expect(cleared.ok && cleared.value.email).toBeNull()
  })

  it('refuses anyone but a signed-in member', async () => {
    const staff = await createStaff(payload, 'uc.staff.profile@example.com', 'editor')
    for (const actor of [null, staff])
      expect(await updateProfile({ payload, actor, input: { name: 'X', locale: 'fr' } })).toEqual(
        refused('not-allowed', { form: 'notAllowed' }),
      )
  })

  it('refuses an e-mail another account uses, as a conflict', async () => {
    const actor = await createMember(payload, { name: 'Dan', profile: 'aidant', email: 'uc.dan@example.com' })
    const input = { name: 'Dan', locale: 'fr', email: 'ama.uc@example.com' }
    expect(await updateProfile({ payload, actor, input })).toEqual(refused('conflict', { email: 'emailTaken' }))
    expect(await updateProfile({ payload, actor, input: { ...input, email: 'UC.dan@example.com' } })).toMatchObject({
      ok: true,
    })
  })

  it('answers bad input field by field, and changes nothing', async () => {
    const actor = await createMember(payload, { name: 'Eva', profile: 'aidant', email: 'uc.eva@example.com' })
    expect(await updateProfile({ payload, actor, input: { name: ' ', locale: 'de', email: '' } })).toEqual(
      refused('invalid', { name: 'required', locale: 'required', email: 'required' }),
    )
    expect(await fresh(payload, actor)).toMatchObject({ name: 'Eva', locale: 'fr', email: 'uc.eva@example.com' })
  })
})

describe('changePassword', () => {
  const input = { current: password, password: 'Nouveau-mot-123', confirm: 'Nouveau-mot-123', ip: '10.21.0.1' }

  it('sets the new password and lifts the obligation to change a temporary one', async () => {
    const actor = await createMember(payload, {
      name: 'Fé',
      profile: 'apprenant',
      username: 'uc.fe',
      mustChangePassword: true,
    })
    expect(await changePassword({ payload, actor, input })).toEqual({ ok: true, value: null })
    expect(await authenticate(payload, 'uc.fe', 'Nouveau-mot-123', '10.21.0.1')).toMatchObject({
      ok: true,
      member: { mustChangePassword: false },
    })
    expect(await authenticate(payload, 'uc.fe', password, '10.21.0.1')).toMatchObject({ ok: false })
  })

  it('refuses a wrong current password, and anyone signed out', async () => {
    const actor = await createMember(payload, { name: 'Gus', profile: 'apprenant', username: 'uc.gus' })
    expect(await changePassword({ payload, actor, input: { ...input, current: 'pas-le-bon-1' } })).toEqual(
      refused('invalid', { current: 'currentPassword' }),
    )
    expect(await changePassword({ payload, actor: null, input })).toEqual(
      refused('not-allowed', { form: 'notAllowed' }),
    )
    expect(await authenticate(payload, 'uc.gus', password, '10.21.0.2')).toMatchObject({ ok: true })
  })

  it('answers bad input field by field', async () => {
    const actor = await createMember(payload, { name: 'Hé', profile: 'apprenant', username: 'uc.he' })
    expect(await changePassword({ payload, actor, input: { ...input, current: '', password: 'court' } })).toEqual(
      refused('invalid', { current: 'required', password: 'passwordLength' }),
    )
    expect(await changePassword({ payload, actor, input: { ...input, confirm: 'Autre-mot-123' } })).toEqual(
      refused('invalid', { passwordConfirm: 'passwordMismatch' }),
    )
  })
})

describe('requestPasswordReset', () => {
  it('sends the reset link to a known address, in the member’s language', async () => {
    await createMember(payload, { name: 'Ines', profile: 'aidant', email: 'uc.ines@example.com', locale: 'nl' })
    const result = await requestPasswordReset({
      payload,
      actor: null,
      input: { email: ' UC.Ines@example.com ', ip: '10.22.0.1', origin },
    })
    expect(result).toEqual({ ok: true, value: null })
    const mail = await inbox.mailTo('uc.ines@example.com')
    expect(linkIn(mail, /\/nl\/wachtwoord\/nieuw\?token=/)).toBeTruthy()
  })

  it('answers an unknown address the same way, and sends nothing', async () => {
    const before = inbox.mails.length
    const input = { email: 'uc.nobody@example.com', ip: '10.22.0.2', origin }
    expect(await requestPasswordReset({ payload, actor: null, input })).toEqual({ ok: true, value: null })
    await new Promise((r) => setTimeout(r, 300))
    expect(inbox.mails.length).toBe(before)
  })

  it('refuses a fourth request for the same account from the same address', async () => {
    const input = { email: 'uc.limit@example.com', ip: '10.22.0.3', origin }
    for (let i = 0; i < 3; i++)
      expect(await requestPasswordReset({ payload, actor: null, input })).toMatchObject({ ok: true })
    expect(await requestPasswordReset({ payload, actor: null, input })).toEqual(
      refused('conflict', { form: 'rateLimited' }),
    )
  })

  it('asks for the address', async () => {
    expect(
      await requestPasswordReset({ payload, actor: null, input: { email: ' ', ip: '10.22.0.4', origin } }),
    ).toEqual(refused('invalid', { email: 'required' }))
  })
})

describe('resetPassword', () => {
  const token = (email: string) =>
    payload.forgotPassword({ collection: 'members', data: { email }, disableEmail: true })
  const input = { password: 'Nouveau-mot-123', confirm: 'Nouveau-mot-123' }

  it('sets the new password once with the link’s token, and lifts a temporary password', async () => {
    await createMember(payload, { name: 'Jo', profile: 'aidant', email: 'uc.jo@example.com', mustChangePassword: true })
    const link = await token('uc.jo@example.com')
    expect(await resetPassword({ payload, actor: null, input: { ...input, token: link } })).toEqual({
      ok: true,
      value: null,
    })
    expect(await authenticate(payload, 'uc.jo@example.com', 'Nouveau-mot-123', '10.23.0.1')).toMatchObject({
      ok: true,
      member: { mustChangePassword: false },
    })
    expect(await resetPassword({ payload, actor: null, input: { ...input, token: link } })).toEqual(
      refused('conflict', { form: 'tokenInvalid' }),
    )
  })

  it('refuses an unknown or missing token', async () => {
    for (const link of ['pas-un-jeton', ''])
      expect(await resetPassword({ payload, actor: null, input: { ...input, token: link } })).toEqual(
        refused('conflict', { form: 'tokenInvalid' }),
      )
  })

  it('answers a bad password field by field, and leaves the token usable', async () => {
    await createMember(payload, { name: 'Kim', profile: 'aidant', email: 'uc.kim@example.com' })
    const link = await token('uc.kim@example.com')
    expect(
      await resetPassword({ payload, actor: null, input: { token: link, password: 'court', confirm: 'court' } }),
    ).toEqual(refused('invalid', { password: 'passwordLength' }))
    expect(await resetPassword({ payload, actor: null, input: { ...input, token: link } })).toMatchObject({ ok: true })
  })
})

describe('deleteAccount', () => {
  const input = { confirmed: true, password, ip: '10.24.0.1' }

  it('deletes the account with its requests, leaves the invitations it sent nameless, and hands the structure over', async () => {
    const structure = (await createStructure(payload, 'UC Asbl Départ')).id
    const actor = await createMember(payload, {
      name: 'Lou',
      profile: 'aidant',
      email: 'uc.lou@example.com',
      structure,
      structureRole: 'referent',
    })
    const colleague = await createMember(payload, {
      name: 'Max',
      profile: 'aidant',
      email: 'uc.max@example.com',
      structure,
      structureRole: 'member',
    })
    const invited = await inviteMember({
      payload,
      actor,
      input: { email: 'uc.someone@example.com', profile: 'aidant', locale: 'fr', origin },
    })
    if (!invited.ok) throw invited.error
    await payload.create({
      collection: 'memberships',
      data: { kind: 'request', structure: home, member: actor.id, profile: 'aidant', status: 'pending' },
    })
    expect(await deleteAccount({ payload, actor, input })).toEqual({ ok: true, value: null })
    expect(await count('uc.lou@example.com')).toBe(0)
    expect(
      (await payload.count({ collection: 'memberships', where: { member: { equals: actor.id } } })).totalDocs,
    ).toBe(0)
    const invitation = await payload.findByID({ collection: 'memberships', id: invited.value.membership.id })
    expect(invitation.invitedBy ?? null).toBeNull()
    expect(await fresh(payload, colleague)).toMatchObject({ structureRole: 'referent' })
  })

  it('refuses without the box ticked or with a wrong password, and keeps the account', async () => {
    const actor = await createMember(payload, { name: 'Noé', profile: 'aidant', email: 'uc.noe@example.com' })
    expect(await deleteAccount({ payload, actor, input: { ...input, confirmed: false } })).toEqual(
      refused('invalid', { confirm: 'confirm' }),
    )
    expect(await deleteAccount({ payload, actor, input: { ...input, password: 'pas-le-bon-1' } })).toEqual(
      refused('invalid', { password: 'currentPassword' }),
    )
    expect(await deleteAccount({ payload, actor: null, input })).toEqual(refused('not-allowed', { form: 'notAllowed' }))
    expect(await count('uc.noe@example.com')).toBe(1)
  })
})

describe('exportMemberData', () => {
  const now = new Date('2026-12-02T10:00:00Z')

  it('gives the member their account and their own requests, nobody else’s', async () => {
    const actor = await createMember(payload, {
      name: 'Oli',
      profile: 'aidant',
      email: 'uc.oli@example.com',
      structure: home,
      structureRole: 'member',
    })
    const other = await createMember(payload, { name: 'Pia', profile: 'aidant', email: 'uc.pia@example.com' })
    for (const member of [actor, other])
      await payload.create({
        collection: 'memberships',
        data: { kind: 'request', structure: home, member: member.id, profile: 'aidant', status: 'pending' },
      })
    const result = await exportMemberData({ payload, actor, input: null, now })
    if (!result.ok) throw result.error
    expect(result.value).toMatchObject({
      exportedAt: now.toISOString(),
      account: {
        name: 'Oli',
        email: 'uc.oli@example.com',
        username: null,
        structure: { id: home, name: 'UC Membres Namur' },
        structureRole: 'member',
      },
      memberships: [{ kind: 'request', status: 'pending', structure: home }],
    })
    expect(JSON.stringify(result.value)).not.toContain('uc.pia@example.com')
  })

  it('refuses anyone but a signed-in member', async () => {
    const staff = await createStaff(payload, 'uc.staff.export@example.com', 'admin')
    for (const actor of [null, staff])
      expect(await exportMemberData({ payload, actor, input: null })).toEqual(
        refused('not-allowed', { form: 'notAllowed' }),
      )
  })
})

describe('resetApprenantPassword', () => {
  let aidant: Member & { collection: 'members' }
  let learner: Member

  beforeAll(async () => {
    aidant = await createMember(payload, {
      name: 'Quentin',
      profile: 'aidant',
      email: 'uc.quentin@example.com',
      structure: home,
      structureRole: 'member',
    })
    learner = await createMember(payload, { name: 'Rose', profile: 'apprenant', username: 'uc.rose', structure: home })
  })

  it('gives an apprenant of the aidant’s structure a temporary password, recorded for the référents', async () => {
    const result = await resetApprenantPassword({ payload, actor: aidant, input: { apprenant: learner.id } })
    if (!result.ok) throw result.error
    expect(await authenticate(payload, 'uc.rose', result.value, '10.25.0.1')).toMatchObject({
      ok: true,
      member: { mustChangePassword: true },
    })
    const grants = await payload.find({ collection: 'password-grants', where: { learner: { equals: learner.id } } })
    expect(grants.docs.map((grant) => [idOf(grant.givenBy), idOf(grant.structure)])).toEqual([[aidant.id, home]])
  })

  it('refuses apprenants with an e-mail, of another structure or unknown, aidants, and non-aidant actors', async () => {
    const elsewhere = (await createStructure(payload, 'UC Ailleurs')).id
    const withEmail = await createMember(payload, {
      name: 'Sam',
      profile: 'apprenant',
      username: 'uc.sam',
      email: 'uc.sam@example.com',
      structure: home,
    })
    const outsider = await createMember(payload, {
      name: 'Tom',
      profile: 'apprenant',
      username: 'uc.tom',
      structure: elsewhere,
    })
    const colleague = await createMember(payload, {
      name: 'Uma',
      profile: 'aidant',
      email: 'uc.uma@example.com',
      structure: home,
    })
    const learnerActor = { ...learner, collection: 'members' as const }
    const alone = await createMember(payload, { name: 'Vic', profile: 'aidant', email: 'uc.vic@example.com' })
    const attempts: [Member & { collection: 'members' }, number][] = [
      [aidant, withEmail.id],
      [aidant, outsider.id],
      [aidant, colleague.id],
      [aidant, 999_999],
      [learnerActor, learner.id],
      [alone, learner.id],
    ]
    for (const [actor, apprenant] of attempts)
      expect(await resetApprenantPassword({ payload, actor, input: { apprenant } })).toEqual(
        refused('not-allowed', { form: 'notAllowed' }),
      )
    expect(await authenticate(payload, 'uc.tom', password, '10.25.0.2')).toMatchObject({ ok: true })
  })
})
