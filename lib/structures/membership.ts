import type { Payload } from 'payload'

import { idOf } from '@/lib/payload/relations'
import type { Member } from '@/payload-types'

/**
 * The steps the membership use cases share. A member belongs to one structure at most (`member.structure`);
 * pending join requests and invitations live in `memberships`. A member's `structure` and `structureRole` are
 * fields members never set themselves (collections/Members/index.ts): those writes are the server's, made here once
 * a use case has decided.
 */
export async function setStructure(
  payload: Payload,
  member: Member,
  structure: number | null,
  role: 'referent' | 'member' | null,
) {
  // System write: structure and role are staff/server-only fields of members.
  return payload.update({
    collection: 'members',
    id: member.id,
    data: { structure, structureRole: role, joinedStructureAt: structure ? new Date().toISOString() : null },
    overrideAccess: true,
    depth: 0,
  })
}

/** The member's own pending join requests end when they create, join or ask to join another structure. */
export async function cancelPendingRequests(payload: Payload, member: Member): Promise<void> {
  // System write: members have no update right on memberships, not even on their own requests.
  await payload.update({
    collection: 'memberships',
    where: {
      and: [{ member: { equals: member.id } }, { kind: { equals: 'request' } }, { status: { equals: 'pending' } }],
    },
    data: { status: 'cancelled' },
    overrideAccess: true,
    depth: 0,
  })
}

/**
 * Leaves at once. When the last référent leaves a structure that still has aidants, the aidant who joined
 * first becomes référent, so the structure is never left without anyone to manage it.
 */
export async function leaveCurrentStructure(payload: Payload, member: Member): Promise<void> {
  const structure = idOf(member.structure)
  if (!structure) return
  await setStructure(payload, member, null, null)
  if (member.structureRole !== 'referent') return
  // Read as the system: the leaving référent may no longer read their former colleagues.
  const remaining = await payload.find({
    collection: 'members',
    where: { structure: { equals: structure } },
    sort: 'joinedStructureAt',
    limit: 500,
    overrideAccess: true,
    depth: 0,
  })
  if (remaining.docs.some((m) => m.structureRole === 'referent')) return
  const successor = remaining.docs.find((m) => m.profile === 'aidant')
  if (successor) await setStructure(payload, successor, structure, 'referent')
}
