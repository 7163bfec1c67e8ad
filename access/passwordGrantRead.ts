import type { Access } from 'payload'

import { referentStructure, requestMember } from './isMember'
import { requestIsStaff } from './isStaff'

/**
 * Who gave a learner a temporary password is for staff and for the référents of the structure where it
 * happened: they answer for the aidants who can take over a learner's account that way.
 */
export const passwordGrantRead: Access = ({ req }) => {
  if (requestIsStaff(req)) return true
  const structure = referentStructure(requestMember(req))
  return structure ? { structure: { equals: structure } } : false
}
