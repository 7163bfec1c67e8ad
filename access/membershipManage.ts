import type { Access } from 'payload'

import { referentStructure, requestMember } from './isMember'
import { requestIsStaff } from './isStaff'

/** Deciding on a request or cancelling an invitation: staff, or a référent of that structure only. */
export const membershipManage: Access = ({ req }) => {
  if (requestIsStaff(req)) return true
  const structure = referentStructure(requestMember(req))
  return structure ? { structure: { equals: structure } } : false
}
