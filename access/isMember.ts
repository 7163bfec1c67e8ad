import type { PayloadRequest } from 'payload'

import type { Member } from '../payload-types'

/** The signed-in member (aidant or apprenant) of a request, or null for staff and anonymous visitors. */
export function requestMember(req: Pick<PayloadRequest, 'user'>): Member | null {
  return req.user?.collection === 'members' ? (req.user as Member) : null
}

/** The id of a relationship value, whether it was read at depth 0 (an id) or populated (a document). */
export function idOf(value: number | { id: number } | null | undefined): number | null {
  if (value === null || value === undefined) return null
  return typeof value === 'number' ? value : value.id
}

/** The structure a member is référent of, if any. */
export function referentStructure(member: Member | null): number | null {
  return member?.structureRole === 'referent' ? idOf(member.structure) : null
}
