import { Forbidden, NotFound, type Payload, type Where } from 'payload'

import { idOf } from '@/lib/payload/relations'
import type { Member, Membership, Structure } from '@/payload-types'
import type { Result } from '@/lib/members/signup'
import { hashToken, newToken } from '@/lib/members/tokens'
import { checkEmail, normalizeEmail } from '@/lib/members/validation'
import type { FieldErrors } from '@/lib/forms/types'
import { checkStructure, type StructureInput } from './details'
import { refusalOf } from '@/lib/payload/errors'
import { invitationTokenContext } from '@/lib/structures/invitations'

/**
 * Joining, leaving and managing a structure. A member belongs to one structure at most (`member.structure`);
 * pending join requests and invitations live in `memberships`. Structures and memberships are written with
 * the acting member's own rights (access/ and the collections' hooks decide, docs/adr/0011). A member's
 * `structure` and `structureRole` are fields members never set themselves: those writes are the server's.
 */
const asSystem = { overrideAccess: true, depth: 0 } as const
const asMember = (member: Member) => ({ user: { ...member, collection: 'members' as const }, overrideAccess: false })

/** The access layer said no (or the document is not among those the member may touch). */
export function isRefusal(error: unknown): boolean {
  return error instanceof Forbidden || error instanceof NotFound
}

/** A write the access layer may refuse: null when it did, the document otherwise (other errors go on). */
async function unlessRefused<T>(write: Promise<T>): Promise<T | null> {
  try {
    return await write
  } catch (error) {
    if (isRefusal(error)) return null
    throw error
  }
}

const fail = (errors: FieldErrors) => ({ ok: false as const, errors })

async function setStructure(
  payload: Payload,
  member: Member,
  structure: number | null,
  role: 'referent' | 'member' | null,
) {
  // System write: structure and role are staff/server-only fields of members (collections/Members/index.ts).
  return payload.update({
    collection: 'members',
    id: member.id,
    data: { structure, structureRole: role, joinedStructureAt: structure ? new Date().toISOString() : null },
    ...asSystem,
  })
}

/** The first member who creates a structure becomes its référent. */
export async function createStructure(
  payload: Payload,
  member: Member,
  input: StructureInput,
): Promise<Result<Structure>> {
  if (member.profile !== 'aidant' || idOf(member.structure)) return fail({ form: 'notAllowed' })
  const errors = checkStructure(input)
  if (Object.keys(errors).length) return fail(errors)
  // The slug comes from the name (collections/Structures/hooks/structureSlug.ts); access/canCreateStructure.ts decides.
  let structure: Structure
  try {
    structure = await payload.create({
      collection: 'structures',
      data: { ...input, slug: '' },
      ...asMember(member),
      depth: 0,
    })
  } catch (error) {
    const refused = refusalOf(error, Object.keys(input))?.fields ?? null
    if (refused) return fail(refused)
    throw error
  }
  await cancelPending(payload, member)
  await setStructure(payload, member, structure.id, 'referent')
  return { ok: true, value: structure }
}

/** "Changer de structure": leave the current one at once, then wait for the new structure's référent. */
export async function requestToJoin(
  payload: Payload,
  member: Member,
  structureId: number,
): Promise<Result<Membership>> {
  if (idOf(member.structure) === structureId) return fail({ form: 'alreadyMember' })
  const structure = await payload.findByID({
    collection: 'structures',
    id: structureId,
    ...asSystem,
    disableErrors: true,
  })
  if (!structure) return fail({ form: 'notFound' })
  if (idOf(member.structure)) await leaveStructure(payload, member)
  await cancelPending(payload, member)
  const request = await payload.create({
    collection: 'memberships',
    data: { kind: 'request', structure: structureId, member: member.id, profile: member.profile, status: 'pending' },
    ...asMember(member),
    depth: 0,
  })
  return { ok: true, value: request }
}

/** A référent accepts or refuses a join request of their own structure. */
export async function decideRequest(
  payload: Payload,
  referent: Member,
  membershipId: number,
  accept: boolean,
): Promise<Result<Membership>> {
  const request = await payload.findByID({
    collection: 'memberships',
    id: membershipId,
    ...asSystem,
    disableErrors: true,
  })
  if (!request || request.kind !== 'request' || request.status !== 'pending') return fail({ form: 'notFound' })
  // access/membershipManage.ts decides who may; the hook stamps decidedAt.
  const decided = await unlessRefused(
    payload.update({
      collection: 'memberships',
      id: request.id,
      data: { status: accept ? 'accepted' : 'refused' },
      ...asMember(referent),
      depth: 0,
    }),
  )
  if (!decided) return fail({ form: 'notAllowed' })
  const applicant = await payload.findByID({
    collection: 'members',
    id: idOf(request.member)!,
    ...asSystem,
    disableErrors: true,
  })
  if (accept && applicant) await setStructure(payload, applicant, idOf(request.structure), 'member')
  return { ok: true, value: decided }
}

/** A référent invites someone by e-mail; the returned token goes into the link of the e-mail only. */
export async function invite(
  payload: Payload,
  referent: Member,
  input: { email: string; profile: 'aidant' | 'apprenant' },
): Promise<Result<{ membership: Membership; token: string }>> {
  const structure = idOf(referent.structure)
  if (!structure) return fail({ form: 'notAllowed' })
  const email = normalizeEmail(input.email)
  const errors: FieldErrors = {}
  checkEmail(errors, email, true)
  if (!['aidant', 'apprenant'].includes(input.profile)) errors.profile = 'required'
  if (Object.keys(errors).length) return fail(errors)
  const token = newToken()
  // access/membershipCreate.ts decides (a référent of this structure); the hook sets invitedBy and the expiry,
  // and takes the token's hash from the server-side context only.
  const membership = await unlessRefused(
    payload.create({
      collection: 'memberships',
      data: { kind: 'invitation', structure, email, profile: input.profile, status: 'pending' },
      context: { [invitationTokenContext]: hashToken(token) },
      ...asMember(referent),
      depth: 0,
    }),
  )
  if (!membership) return fail({ form: 'notAllowed' })
  return { ok: true, value: { membership, token } }
}

/** The pending, unexpired invitation behind a link, with its structure; null for anything else. */
export async function findInvitation(payload: Payload, token: string) {
  if (!token) return null
  const { docs } = await payload.find({
    collection: 'memberships',
    where: {
      and: [
        { tokenHash: { equals: hashToken(token) } },
        { kind: { equals: 'invitation' } },
        { status: { equals: 'pending' } },
      ],
    },
    limit: 1,
    overrideAccess: true,
    depth: 1,
  })
  const invitation = docs[0]
  if (!invitation || !invitation.expiresAt || new Date(invitation.expiresAt).getTime() < Date.now()) return null
  return invitation as Membership & { structure: Structure }
}

/** Accepting uses the invitation up: the same link cannot be used twice. */
export async function acceptInvitation(payload: Payload, member: Member, token: string): Promise<Result<Structure>> {
  const invitation = await findInvitation(payload, token)
  if (!invitation) return fail({ form: 'invitationInvalid' })
  if (idOf(member.structure) && idOf(member.structure) !== invitation.structure.id)
    await leaveStructure(payload, member)
  await cancelPending(payload, member)
  // System write: the token is the proof; the invited person has no rights over the structure's memberships.
  await payload.update({
    collection: 'memberships',
    id: invitation.id,
    data: { status: 'accepted', member: member.id },
    ...asSystem,
  })
  if (idOf(member.structure) !== invitation.structure.id)
    await setStructure(payload, member, invitation.structure.id, 'member')
  return { ok: true, value: invitation.structure }
}

/**
 * Leaves at once. When the last référent leaves a structure that still has aidants, the aidant who joined
 * first becomes référent, so the structure is never left without anyone to manage it.
 */
export async function leaveStructure(payload: Payload, member: Member): Promise<void> {
  const structure = idOf(member.structure)
  if (!structure) return
  await setStructure(payload, member, null, null)
  if (member.structureRole !== 'referent') return
  const remaining = await payload.find({
    collection: 'members',
    where: { structure: { equals: structure } },
    sort: 'joinedStructureAt',
    limit: 500,
    ...asSystem,
  })
  if (remaining.docs.some((m) => m.structureRole === 'referent')) return
  const successor = remaining.docs.find((m) => m.profile === 'aidant')
  if (successor) await setStructure(payload, successor, structure, 'referent')
}

/** A référent's view: members (names and profiles only, no e-mail addresses), requests and invitations. */
export async function structureTeam(payload: Payload, structure: number) {
  const [members, pending] = await Promise.all([
    payload.find({
      collection: 'members',
      where: { structure: { equals: structure } },
      sort: 'name',
      limit: 500,
      select: { name: true, username: true, profile: true, structureRole: true, email: true },
      ...asSystem,
    }),
    payload.find({
      collection: 'memberships',
      where: { and: [{ structure: { equals: structure } }, { status: { equals: 'pending' } }] },
      sort: '-createdAt',
      limit: 200,
      overrideAccess: true,
      depth: 1,
    }),
  ])
  return {
    // Whether an apprenant has an e-mail decides who can reset their password; the address itself stays private.
    members: members.docs.map(({ email, ...rest }) => ({ ...rest, hasEmail: Boolean(email) })),
    requests: pending.docs.filter((m) => m.kind === 'request'),
    invitations: pending.docs.filter((m) => m.kind === 'invitation'),
  }
}

/** Structures a member can ask to join: by name, municipality or postcode. */
export async function searchStructures(payload: Payload, query: string, limit = 20) {
  const q = query.trim().slice(0, 80)
  if (q.length < 2) return []
  const where: Where = /^\d{4,5}$/.test(q)
    ? { postcode: { equals: q } }
    : { or: [{ name: { like: q } }, { city: { like: q } }] }
  const { docs } = await payload.find({ collection: 'structures', where, limit, sort: 'name', ...asSystem })
  return docs
}

export async function pendingRequestOf(payload: Payload, member: Member) {
  const { docs } = await payload.find({
    collection: 'memberships',
    where: {
      and: [{ member: { equals: member.id } }, { kind: { equals: 'request' } }, { status: { equals: 'pending' } }],
    },
    limit: 1,
    overrideAccess: true,
    depth: 1,
  })
  return (docs[0] as (Membership & { structure: Structure }) | undefined) ?? null
}

async function cancelPending(payload: Payload, member: Member): Promise<void> {
  // System write: members have no update right on memberships, yet their own pending requests end when
  // they create, join or ask to join another structure.
  await payload.update({
    collection: 'memberships',
    where: {
      and: [{ member: { equals: member.id } }, { kind: { equals: 'request' } }, { status: { equals: 'pending' } }],
    },
    data: { status: 'cancelled' },
    ...asSystem,
  })
}
