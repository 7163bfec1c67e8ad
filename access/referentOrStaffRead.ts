import type { Access } from 'payload'

import { referentStructure, requestMember } from './isMember'
import { requestIsStaff } from './isStaff'

/** API keys and statistics links: staff see all; a référent sees those of their structure; nobody else any. */
export const referentOrStaffRead: Access = ({ req }) => {
  if (requestIsStaff(req)) return true
  const structure = referentStructure(requestMember(req))
  return structure ? { structure: { equals: structure } } : false
}
