import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hashToken } from '@/lib/members/tokens'
import { idOf } from '@/lib/payload/relations'
import { acceptInvitation } from '@/lib/structures/accept-invitation'
import { cancelInvitation } from '@/lib/structures/cancel-invitation'
import { createStructure } from '@/lib/structures/create-structure'
import { decideRequest } from '@/lib/structures/decide-request'
import type { StructureInput } from '@/lib/structures/details'
import { inviteMember, type InvitationInput } from '@/lib/structures/invite-member'
import { leaveStructure } from '@/lib/structures/leave-structure'
import { findInvitation } from '@/lib/structures/queries'
import { requestToJoin } from '@/lib/structures/request-to-join'
import { updateStructure } from '@/lib/structures/update-structure'
import type { Member } from '@/payload-types'

import { createMember, createStaff, createStructure as structureFixture, fresh } from '@/tests/int/support/members'
import { startPayloadWithSmtp } from '@/tests/int/support/mail'
import { refused } from '@/tests/int/support/results'
import { linkIn, refusedDomain } from '@/tests/support/smtp'
import { testOrigin as origin } from '@/tests/int/support/origin'

/** The structure and membership use cases, called as the server actions call them. */
let payload: Payload
let inbox: Awaited<ReturnType<typeof startPayloadWithSmtp>>
type Actor = Member & { collection: 'members' }

beforeAll(async () => {
  inbox = await startPayloadWithSmtp()
  payload = inbox.payload
})

afterAll(() => inbox?.stop())

const notAllowed = refused('not-allowed', { form: 'notAllowed' })
/** What the structure form sends (no slug: the server makes it). */
const details = (name: string, over: Partial<StructureInput> = {}): StructureInput => ({
  name,
  type: 'association',
  address: 'Rue de la Gare 1',
  postcode: '5000',
  city: 'Namur',
  country: 'BE',
  ...over,
})

/** A structure with its référent and a plain member, made as the system. */
async function team(name: string) {
  const structure = (await structureFixture(payload, name)).id
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '.')
  const referent = await createMember(payload, {
    name: `Réf ${name}`,
    profile: 'aidant',
    email: `ref.${slug}@example.com`,
    structure,
    structureRole: 'referent',
  })
  const member = await createMember(payload, {
    name: `Membre ${name}`,
    profile: 'aidant',
    email: `membre.${slug}@example.com`,
    structure,
    structureRole: 'member',
  })
  return { structure, referent, member }
}

const pendingRequest = (member: Member, structure: number) =>
  payload.create({
    collection: 'memberships',
    data: { kind: 'request', structure, member: member.id, profile: member.profile, status: 'pending' },
  })

describe('createStructure', () => {
  it('an aidant without a structure creates one and becomes its référent; their pending request ends', async () => {
    const { structure: asked } = await team('Asked')
    const actor = await createMember(payload, { name: 'Ada', profile: 'aidant', email: 'cs.ada@example.com' })
    const request = await pendingRequest(actor, asked)
    const result = await createStructure({ payload, actor, input: details('EPN du Béguinage') })
    if (!result.ok) throw result.error
    expect(result.value.slug).toBe('epn-du-beguinage')
    expect(await fresh(payload, actor)).toMatchObject({ structure: result.value.id, structureRole: 'referent' })
    expect((await payload.findByID({ collection: 'memberships', id: request.id })).status).toBe('cancelled')
  })

  it('refuses an aidant who already has a structure, an apprenant, a staff user and nobody', async () => {
    const { member } = await team('Already')
    const learner = await createMember(payload, { name: 'Bea', profile: 'apprenant', username: 'cs.bea' })
    const staff = await createStaff(payload, 'cs.staff@example.com', 'admin')
    const before = (await payload.count({ collection: 'structures' })).totalDocs
    for (const actor of [member, learner, staff, null])
      expect(await createStructure({ payload, actor, input: details('Refusée') })).toEqual(notAllowed)
    expect((await payload.count({ collection: 'structures' })).totalDocs).toBe(before)
  })

  it('answers bad input field by field, and creates nothing', async () => {
    const actor = await createMember(payload, { name: 'Cy', profile: 'aidant', email: 'cs.cy@example.com' })
    const input = details('', { postcode: '50', website: 'www.exemple', pivot: '12', country: 'BE' })
    expect(await createStructure({ payload, actor, input })).toEqual(
      refused('invalid', { name: 'required', postcode: 'postcodeBe', website: 'url', pivot: 'pivot' }),
    )
    expect((await fresh(payload, actor)).structure ?? null).toBeNull()
  })
})

describe('updateStructure', () => {
  it('the référent edits the details of their structure', async () => {
    const { structure, referent } = await team('Editable')
    const input = details('Editable', { description: 'Ouvert à tous.', phone: '081 22 33 44' })
    const result = await updateStructure({ payload, actor: referent, input })
    if (!result.ok) throw result.error
    expect(await payload.findByID({ collection: 'structures', id: structure })).toMatchObject({
      description: 'Ouvert à tous.',
      phone: '081 22 33 44',
    })
  })

  it('the access layer refuses a plain member; an aidant without a structure and nobody are refused first', async () => {
    const { structure, member } = await team('Guarded')
    const alone = await createMember(payload, { name: 'Dé', profile: 'aidant', email: 'us.de@example.com' })
    for (const actor of [member, alone, null])
      expect(await updateStructure({ payload, actor, input: details('Pirate') })).toEqual(notAllowed)
    expect((await payload.findByID({ collection: 'structures', id: structure })).name).toBe('Guarded')
  })

  it('answers bad input field by field, and changes nothing', async () => {
    const { structure, referent } = await team('Strict')
    const input = details('Strict', {
      email: 'pas-une-adresse',
      openingHours: [{ day: 'mon', opens: '18:00', closes: '09:00' }],
    })
    expect(await updateStructure({ payload, actor: referent, input })).toEqual(
      refused('invalid', { email: 'email', 'hours.mon': 'hours' }),
    )
    expect((await payload.findByID({ collection: 'structures', id: structure })).email ?? null).toBeNull()
  })
})

describe('requestToJoin', () => {
  it('the member leaves their structure at once and waits for the new one; an earlier request ends', async () => {
    const { structure: from, member } = await team('From')
    const { structure: to } = await team('To')
    const { structure: earlier } = await team('Earlier')
    const old = await pendingRequest(member, earlier)
    const result = await requestToJoin({ payload, actor: member, input: { structure: to } })
    if (!result.ok) throw result.error
    expect(result.value).toMatchObject({ kind: 'request', status: 'pending', member: member.id, structure: to })
    expect(await fresh(payload, member)).toMatchObject({ structure: null, structureRole: null })
    expect((await payload.findByID({ collection: 'memberships', id: old.id })).status).toBe('cancelled')
    expect((await payload.findByID({ collection: 'structures', id: from })).activeMemberCount).toBe(1)
  })

  it('refuses the member’s own structure, an unknown structure and nobody', async () => {
    const { structure, member } = await team('Home')
    expect(await requestToJoin({ payload, actor: member, input: { structure } })).toEqual(
      refused('conflict', { form: 'alreadyMember' }),
    )
    expect(await requestToJoin({ payload, actor: member, input: { structure: 999_999 } })).toEqual(
      refused('not-found', { form: 'notFound' }),
    )
    expect(await requestToJoin({ payload, actor: null, input: { structure } })).toEqual(notAllowed)
    expect(await fresh(payload, member)).toMatchObject({ structure, structureRole: 'member' })
  })
})

describe('decideRequest', () => {
  it('the référent accepts: the applicant joins as a member, and the decision is dated', async () => {
    const { structure, referent } = await team('Accepting')
    const applicant = await createMember(payload, { name: 'Eli', profile: 'aidant', email: 'dr.eli@example.com' })
    const request = await pendingRequest(applicant, structure)
    const result = await decideRequest({ payload, actor: referent, input: { membership: request.id, accept: true } })
    if (!result.ok) throw result.error
    expect(result.value.status).toBe('accepted')
    expect(result.value.decidedAt).toBeTruthy()
    expect(await fresh(payload, applicant)).toMatchObject({ structure, structureRole: 'member' })
  })

  it('the référent refuses: the applicant stays outside', async () => {
    const { structure, referent } = await team('Refusing')
    const applicant = await createMember(payload, { name: 'Fil', profile: 'aidant', email: 'dr.fil@example.com' })
    const request = await pendingRequest(applicant, structure)
    const result = await decideRequest({ payload, actor: referent, input: { membership: request.id, accept: false } })
    expect(result.ok && result.value.status).toBe('refused')
    expect((await fresh(payload, applicant)).structure ?? null).toBeNull()
  })

  it('only a référent of that structure decides; a decided or unknown request is not found', async () => {
    const { structure, referent, member } = await team('Deciding')
    const { referent: stranger } = await team('Stranger')
    const applicant = await createMember(payload, { name: 'Gil', profile: 'aidant', email: 'dr.gil@example.com' })
    const request = await pendingRequest(applicant, structure)
    const input = { membership: request.id, accept: true }
    for (const actor of [stranger, member, null])
      expect(await decideRequest({ payload, actor, input })).toEqual(notAllowed)
    expect((await payload.findByID({ collection: 'memberships', id: request.id })).status).toBe('pending')
    expect((await fresh(payload, applicant)).structure ?? null).toBeNull()
    await decideRequest({ payload, actor: referent, input: { ...input, accept: false } })
    for (const membership of [request.id, 999_999])
      expect(await decideRequest({ payload, actor: referent, input: { membership, accept: true } })).toEqual(
        refused('not-found', { form: 'notFound' }),
      )
    expect((await fresh(payload, applicant)).structure ?? null).toBeNull()
  })
})

describe('inviteMember', () => {
  const input = (email: string, over: Partial<InvitationInput> = {}): InvitationInput => ({
    email,
    profile: 'aidant',
    locale: 'nl',
    origin,
    ...over,
  })

  it('the référent invites by e-mail, in their language; only the token’s hash is stored', async () => {
    const { structure, referent } = await team('Inviting')
    const result = await inviteMember({ payload, actor: referent, input: input(' Im.Colleague@Example.com ') })
    if (!result.ok) throw result.error
    const stored = await payload.findByID({
      collection: 'memberships',
      id: result.value.membership.id,
      showHiddenFields: true,
    })
    expect(stored).toMatchObject({ kind: 'invitation', email: 'im.colleague@example.com', status: 'pending' })
    expect(idOf(stored.structure)).toBe(structure)
    expect(idOf(stored.invitedBy)).toBe(referent.id)
    expect(stored.tokenHash).toBe(hashToken(result.value.token))
    const mail = await inbox.mailTo('im.colleague@example.com')
    expect(mail.subject).toContain('Inviting')
    const token = linkIn(mail, /\/nl\/uitnodiging\//)
      .split('/')
      .pop()
    expect(token).toBe(result.value.token)
  })

  it('refuses a plain member (the access layer), an aidant without a structure and nobody; nothing is sent', async () => {
    const { member } = await team('NotInviting')
    const alone = await createMember(payload, { name: 'Hugo', profile: 'aidant', email: 'im.hugo@example.com' })
    const before = (await payload.count({ collection: 'memberships' })).totalDocs
    for (const actor of [member, alone, null])
      expect(await inviteMember({ payload, actor, input: input('im.nobody@example.com') })).toEqual(notAllowed)
    expect((await payload.count({ collection: 'memberships' })).totalDocs).toBe(before)
    await new Promise((r) => setTimeout(r, 300))
    expect(inbox.mails.some((m) => m.to.includes('im.nobody@example.com'))).toBe(false)
  })

  it('takes the invitation back when its mail could not leave, so the référent can send it again', async () => {
    const { referent } = await team('Unmailed')
    const email = `im.colleague@${refusedDomain}`
    const before = (await payload.count({ collection: 'memberships' })).totalDocs
    expect(await inviteMember({ payload, actor: referent, input: input(email) })).toEqual(
      refused('unavailable', { form: 'mailNotSent' }),
    )
    expect((await payload.count({ collection: 'memberships' })).totalDocs).toBe(before)
  })

  it('answers a bad address or profile field by field', async () => {
    const { referent } = await team('BadInput')
    const profile = 'admin' as InvitationInput['profile']
    expect(await inviteMember({ payload, actor: referent, input: input('pas-une-adresse', { profile }) })).toEqual(
      refused('invalid', { email: 'email', profile: 'required' }),
    )
    expect(await inviteMember({ payload, actor: referent, input: input('') })).toEqual(
      refused('invalid', { email: 'required' }),
    )
  })
})

describe('cancelInvitation', () => {
  it('the référent cancels: the link stops working', async () => {
    const { referent } = await team('Cancelling')
    const invited = await inviteMember({
      payload,
      actor: referent,
      input: { email: 'ci.one@example.com', profile: 'aidant', locale: 'fr', origin },
    })
    if (!invited.ok) throw invited.error
    const result = await cancelInvitation({
      payload,
      actor: referent,
      input: { membership: invited.value.membership.id },
    })
    expect(result.ok && result.value.status).toBe('cancelled')
    expect(await findInvitation(payload, invited.value.token)).toBeNull()
  })

  it('refuses a référent of another structure, a plain member and nobody; the invitation stays', async () => {
    const { referent, member } = await team('Keeping')
    const { referent: stranger } = await team('Meddling')
    const invited = await inviteMember({
      payload,
      actor: referent,
      input: { email: 'ci.two@example.com', profile: 'aidant', locale: 'fr', origin },
    })
    if (!invited.ok) throw invited.error
    for (const actor of [stranger, member, null])
      expect(await cancelInvitation({ payload, actor, input: { membership: invited.value.membership.id } })).toEqual(
        notAllowed,
      )
    expect(await findInvitation(payload, invited.value.token)).toMatchObject({ status: 'pending' })
  })
})

describe('acceptInvitation', () => {
  async function invitation(email: string) {
    const { structure, referent } = await team(`Welcoming ${email}`)
    const invited = await inviteMember({
      payload,
      actor: referent,
      input: { email, profile: 'aidant', locale: 'fr', origin },
    })
    if (!invited.ok) throw invited.error
    return { structure, token: invited.value.token, id: invited.value.membership.id }
  }

  it('the member joins the structure, leaving theirs and ending their pending request; the link is used up', async () => {
    const { structure, token, id } = await invitation('ai.one@example.com')
    const { structure: old, member } = await team('Leaving')
    const { structure: asked } = await team('Asked too')
    const request = await pendingRequest(member, asked)
    const result = await acceptInvitation({ payload, actor: member, input: { token } })
    expect(result.ok && result.value.id).toBe(structure)
    expect(await fresh(payload, member)).toMatchObject({ structure, structureRole: 'member' })
    expect(idOf((await payload.findByID({ collection: 'memberships', id })).member)).toBe(member.id)
    expect((await payload.findByID({ collection: 'memberships', id: request.id })).status).toBe('cancelled')
    expect((await payload.findByID({ collection: 'structures', id: old })).activeMemberCount).toBe(1)
    const again = await acceptInvitation({ payload, actor: await fresh(payload, member), input: { token } })
    expect(again).toEqual(refused('not-found', { form: 'invitationInvalid' }))
  })

  it('refuses an expired, cancelled or unknown link, and nobody', async () => {
    const { token } = await invitation('ai.two@example.com')
    const actor = await createMember(payload, { name: 'Ivo', profile: 'aidant', email: 'ai.ivo@example.com' })
    const later = new Date(Date.now() + 15 * 86_400_000)
    const invalid = refused('not-found', { form: 'invitationInvalid' })
    expect(await acceptInvitation({ payload, actor, input: { token }, now: later })).toEqual(invalid)
    expect(await acceptInvitation({ payload, actor, input: { token: 'inconnu' } })).toEqual(invalid)
    expect(await acceptInvitation({ payload, actor: null, input: { token } })).toEqual(notAllowed)
    const cancelled = await invitation('ai.three@example.com')
    await payload.update({ collection: 'memberships', id: cancelled.id, data: { status: 'cancelled' } })
    expect(await acceptInvitation({ payload, actor, input: { token: cancelled.token } })).toEqual(invalid)
    expect((await fresh(payload, actor)).structure ?? null).toBeNull()
  })
})

describe('leaveStructure', () => {
  it('a member leaves; when the last référent leaves, the aidant who joined first takes over', async () => {
    const { structure, referent, member } = await team('Handover')
    const learner: Actor = await createMember(payload, {
      name: 'Jade',
      profile: 'apprenant',
      username: 'ls.jade',
      structure,
      structureRole: 'member',
      joinedStructureAt: new Date('2020-01-01').toISOString(),
    })
    expect(await leaveStructure({ payload, actor: referent, input: { confirmed: true } })).toEqual({
      ok: true,
      value: null,
    })
    expect(await fresh(payload, referent)).toMatchObject({ structure: null, structureRole: null })
    expect(await fresh(payload, member)).toMatchObject({ structureRole: 'referent' })
    expect(await fresh(payload, learner)).toMatchObject({ structureRole: 'member' })
  })

  it('refuses without the box ticked, and nobody; the member stays', async () => {
    const { structure, member } = await team('Staying')
    expect(await leaveStructure({ payload, actor: member, input: { confirmed: false } })).toEqual(
      refused('invalid', { confirm: 'confirm' }),
    )
    expect(await leaveStructure({ payload, actor: null, input: { confirmed: true } })).toEqual(notAllowed)
    expect(await fresh(payload, member)).toMatchObject({ structure })
  })
})
