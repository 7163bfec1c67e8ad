import type { Access, Where } from 'payload'

import { requestMember } from './isMember'
import { idOf } from '@/lib/payload/relations'
import { requestIsStaff } from './isStaff'

/**
 * Workshop participants and their progress: staff see all; a member sees their own; an aidant also sees the
 * learners of their structure's workshops who agreed to share (consent recorded when they joined). A learner
 * never sees another learner.
 */
export const learnerDataRead: Access = ({ req }) => {
  if (requestIsStaff(req)) return true
  const member = requestMember(req)
  if (!member) return false
  const own: Where = { member: { equals: member.id } }
  const structure = member.profile === 'aidant' ? idOf(member.structure) : null
  if (!structure) return own
  const shared: Where[] = [{ structure: { equals: structure } }, { shared: { equals: true } }]
  return { or: [own, { and: shared }] }
}
