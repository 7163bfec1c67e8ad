import type { Access } from 'payload'

import { referentStructure, requestMember } from './isMember'
import { requestIsStaff } from './isStaff'

/** Change or delete a workshop or an accompaniment: staff, the aidant who made it, or their structure's référent. */
export const ownerOrReferent: Access = ({ req }) => {
  if (requestIsStaff(req)) return true
  const member = requestMember(req)
  if (member?.profile !== 'aidant') return false
  const own = { aidant: { equals: member.id } }
  const structure = referentStructure(member)
  return structure ? { or: [own, { structure: { equals: structure } }] } : own
}
