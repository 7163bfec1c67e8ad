import type { Access } from 'payload'

import { referentStructure, requestMember } from './isMember'
import { requestIsStaff } from './isStaff'

/** Join requests and invitations: staff see all; a référent those of their structure; a member their own. */
export const membershipRead: Access = ({ req }) => {
  if (requestIsStaff(req)) return true
  const member = requestMember(req)
  if (!member) return false
  const own = { member: { equals: member.id } }
  const structure = referentStructure(member)
  return structure ? { or: [own, { structure: { equals: structure } }] } : own
}
