import type { Payload, Where } from 'payload'

import { hashToken } from '@/lib/members/tokens'
import type { Member, Membership, Structure } from '@/payload-types'

/**
 * What the structure pages read. Plain queries, read as the system: each page has already decided who may see
 * what (a référent's own structure, the member's own request, the holder of an invitation link).
 */
const asSystem = { overrideAccess: true, depth: 0 } as const

/** The pending, unexpired invitation behind a link, with its structure; null for anything else. */
export async function findInvitation(payload: Payload, token: string, now = new Date()) {
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
  if (!invitation || !invitation.expiresAt || new Date(invitation.expiresAt).getTime() < now.getTime()) return null
  return invitation as Membership & { structure: Structure }
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

/** The member's own pending join request, with its structure. */
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
