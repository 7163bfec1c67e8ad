import type { Access } from 'payload'

import { idOf, referentStructure, requestMember } from './isMember'
import { requestIsStaff } from './isStaff'

/**
 * Staff create anything. A member may only ask to join a structure for themself; a référent may only
 * invite people into their own structure.
 */
export const membershipCreate: Access = ({ req, data }) => {
  if (requestIsStaff(req)) return true
  const member = requestMember(req)
  if (!member || !data) return false
  if (data.kind === 'request') return idOf(data.member) === member.id && data.status === 'pending'
  if (data.kind === 'invitation') {
    const structure = referentStructure(member)
    return structure !== null && idOf(data.structure) === structure
  }
  return false
}
