import type { PayloadRequest } from 'payload'

import { idOf } from '@/lib/payload/relations'
import type { Member } from '@/payload-types'

/** The signed-in member (aidant or apprenant) of a request, or null for staff and anonymous visitors. */
export function requestMember(req: Pick<PayloadRequest, 'user'>): Member | null {
  return req.user?.collection === 'members' ? (req.user as Member) : null
}

/** The structure a member is référent of, if any. */
export function referentStructure(member: Member | null): number | null {
  return member?.structureRole === 'referent' ? idOf(member.structure) : null
}
