import type { Access } from 'payload'

import { referentStructure, requestMember } from './isMember'
import { idOf } from '@/lib/payload/relations'
import { requestIsStaff } from './isStaff'

/**
 * Staff create anything. A member may only ask to join for themself (naming someone else is refused; the
 * member, status and dates are then set by collections/Memberships/hooks/settleMembership.ts); only a référent
 * invites, and only into their own structure.
 */
export const membershipCreate: Access = ({ req, data }) => {
  if (requestIsStaff(req)) return true
  const member = requestMember(req)
  if (!member || !data) return false
  if (data.kind === 'request')
    return data.member === undefined || data.member === null || idOf(data.member) === member.id
  if (data.kind === 'invitation') {
    const structure = referentStructure(member)
    return structure !== null && idOf(data.structure) === structure
  }
  return false
}
