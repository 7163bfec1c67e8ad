import type { Access } from 'payload'

import { referentStructure, requestMember } from './isMember'
import { requestIsStaff } from './isStaff'

/** A structure's details are edited by staff and by the référents of that structure only. */
export const referentOfStructure: Access = ({ req }) => {
  if (requestIsStaff(req)) return true
  const structure = referentStructure(requestMember(req))
  return structure ? { id: { equals: structure } } : false
}
