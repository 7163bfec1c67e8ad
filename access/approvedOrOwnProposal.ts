import type { Access } from 'payload'

import { requestMember } from '@/access/isMember'
import { requestIsStaff } from '@/access/isStaff'

/** Community resources: approved ones for everyone; staff see all; a member also sees their own proposals. */
export const approvedOrOwnProposal: Access = ({ req }) => {
  if (requestIsStaff(req)) return true
  const member = requestMember(req)
  const approved = { moderationStatus: { equals: 'approved' } }
  return member ? { or: [approved, { proposedBy: { equals: member.id } }] } : approved
}
